import type { PutValidationRuleId } from "../rules/put-validation-rules.js";
import type { InventoryEncryption } from "../shapes/inventory-configuration.js";

/**
 * The Encryption rules of this project's S3 (stage `schema`, answered MalformedXML): exactly one of
 * SSE-S3 and SSE-KMS. Both are [CHOICE]s: S3's answer to `<Encryption/>` or to both at once is not
 * recorded (evidence:encryption-members). `<SSE-KMS>` without `<KeyId>` is the schema's
 * concern (a missing required member). Returns the rule broken, or `undefined`.
 *
 * @internal
 */
export function findEncryptionViolation(
  encryption: InventoryEncryption | undefined,
): PutValidationRuleId | undefined {
  if (encryption === undefined) return undefined;
  const methods = (encryption.SSES3 === undefined ? 0 : 1) + (encryption.SSEKMS === undefined ? 0 : 1);
  if (methods === 2) return "encryption-both";
  if (methods === 0) return "encryption-empty";
  return undefined;
}
