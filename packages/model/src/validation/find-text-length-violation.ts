import { MAX_INVENTORY_TEXT_VALUE_BYTES } from "../rules/limits.js";
import type { PutValidationRuleId } from "../rules/put-validation-rules.js";
import type { InventoryConfiguration } from "../shapes/inventory-configuration.js";

/**
 * Rule `text-too-long` ([CHOICE], answered MalformedXML): the free-text values of a configuration,
 * destination AccountId and Prefix, SSE-KMS KeyId and the filter's Prefix, are at most
 * {@link MAX_INVENTORY_TEXT_VALUE_BYTES} UTF-8 bytes each. Returns the rule broken, or `undefined`.
 *
 * @internal
 */
export function findTextLengthViolation(
  configuration: InventoryConfiguration,
): PutValidationRuleId | undefined {
  const destination = configuration.Destination?.S3BucketDestination;
  const values = [
    destination?.AccountId,
    destination?.Prefix,
    destination?.Encryption?.SSEKMS?.KeyId,
    configuration.Filter?.Prefix,
  ];
  return values.some((value) => value !== undefined && utf8ByteLength(value) > MAX_INVENTORY_TEXT_VALUE_BYTES)
    ? "text-too-long"
    : undefined;
}

// The parser has refused lone surrogates, so a surrogate is half of a 4-byte character.
function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdfff ? 2 : 3;
  }
  return bytes;
}
