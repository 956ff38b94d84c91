import { inventoryConfigurationFromXml } from "../codec/inventory-configuration-codec.js";
import { createS3Error, type S3ErrorResponse } from "../errors/s3-error-response.js";
import { findPutValidationRule, type PutValidationRuleId } from "../rules/put-validation-rules.js";
import type { InventoryConfiguration } from "../shapes/inventory-configuration.js";
import type { XmlElement } from "../xml/xml-element.js";
import { findDestinationBucketArnViolation } from "./find-destination-bucket-arn-violation.js";
import { findDirectoryBucketFieldViolation } from "./find-directory-bucket-field-violation.js";
import { findEncryptionViolation } from "./find-encryption-violation.js";
import { findInventoryIdViolation } from "./find-inventory-id-violation.js";
import { findSchemaViolation } from "./find-schema-violation.js";
import { readPutBody } from "./read-put-body.js";

/**
 * The verdict of {@link validatePutBucketInventoryConfiguration}: the configuration exactly as sent,
 * or S3's answer together with the id of the rule that decided it (a row of `PUT_VALIDATION_RULES`).
 *
 * @example
 * ```ts
 * declare const body: string;
 * const verdict: PutValidationResult = validatePutBucketInventoryConfiguration({ id: "r", body });
 * if (!verdict.ok) console.log(verdict.rule, verdict.error.code);
 * ```
 * @public
 */
export type PutValidationResult =
  | { ok: true; configuration: InventoryConfiguration }
  | { ok: false; error: S3ErrorResponse; rule: PutValidationRuleId };

/**
 * What {@link validatePutBucketInventoryConfiguration} looks at in a Put request.
 *
 * @example
 * ```ts
 * declare const query: URLSearchParams, body: string, name: string;
 * const request: PutValidationRequest = { id: query.get("id") ?? undefined, body, directoryBucket: name.endsWith("--x-s3") };
 * ```
 * @public
 */
export interface PutValidationRequest {
  /** The `id` query parameter as received; `undefined` when absent. */
  id: string | undefined;
  /** The raw request body (bytes are decoded as UTF-8); `undefined` when none was sent. */
  body: string | Uint8Array | undefined;
  /**
   * Whether the source bucket is a directory bucket (S3 Express One Zone), which allows fewer
   * OptionalFields (`DIRECTORY_BUCKET_OPTIONAL_FIELDS`). Default `false`.
   */
  directoryBucket?: boolean | undefined;
}

/**
 * Validates a PutBucketInventoryConfiguration request the way S3 does and answers what S3 answers:
 * the first broken rule of `PUT_VALIDATION_RULES`, stage by stage in `PUT_VALIDATION_STAGES` order
 * (body, schema → MalformedXML, then IdMismatch, then InvalidS3DestinationBucket). On success the
 * configuration is returned exactly as sent: no defaults added, OptionalFields in the order sent.
 * Never throws for any input.
 *
 * @example
 * ```ts
 * declare const body: string;
 * const store = new Map<string, InventoryConfiguration>();
 * const verdict = validatePutBucketInventoryConfiguration({ id: "report-1", body });
 * if (verdict.ok) store.set("report-1", verdict.configuration);
 * else console.log(verdict.error.code); // e.g. MalformedXML
 * ```
 * @public
 */
export function validatePutBucketInventoryConfiguration(request: PutValidationRequest): PutValidationResult {
  const reading = readPutBody(request.body);
  if (!reading.ok) return refuse(reading.rule);
  const schemaViolation = findSchemaViolation(reading.root);
  if (schemaViolation) return refuse(schemaViolation);
  // The codec's reader gives the value exactly as sent; it only sees documents of S3's shape here.
  const configuration = inventoryConfigurationFromXml(withoutNamespaceDeclarations(reading.root));
  const bodyId = configuration.Id ?? "";
  const destination = configuration.Destination?.S3BucketDestination;
  const valueViolation =
    findInventoryIdViolation(bodyId) ??
    findEncryptionViolation(destination?.Encryption) ??
    (request.directoryBucket ? findDirectoryBucketFieldViolation(configuration.OptionalFields) : undefined);
  if (valueViolation) return refuse(valueViolation);
  // [RECORDED] evidence:put-id-mismatch-400; a missing query id is a [CHOICE] (rules table).
  if (request.id === undefined) return refuse("id-query-missing");
  if (request.id !== bodyId) return refuse("id-mismatch");
  const arnViolation = findDestinationBucketArnViolation(destination?.Bucket ?? "");
  if (arnViolation) return refuse(arnViolation);
  return { ok: true, configuration };
}

function refuse(ruleId: PutValidationRuleId): PutValidationResult {
  const rule = findPutValidationRule(ruleId);
  const error =
    rule.variant === undefined
      ? createS3Error(rule.code)
      : createS3Error(rule.code, { variant: rule.variant });
  return { ok: false, error, rule: ruleId };
}

// After findSchemaViolation the only attributes left are checked namespace declarations, which carry no
// data; the codec's reader (which follows the SDK) would take `<Prefix xmlns="…"/>` for a non-text
// element, so they are dropped before reading.
function withoutNamespaceDeclarations(element: XmlElement): XmlElement {
  return { ...element, attributes: {}, children: element.children.map(withoutNamespaceDeclarations) };
}
