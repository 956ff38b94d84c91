import { DIRECTORY_BUCKET_OPTIONAL_FIELDS } from "../rules/directory-bucket-optional-fields.js";
import type { PutValidationRuleId } from "../rules/put-validation-rules.js";

/**
 * The directory-bucket rule of S3's Put validation (stage `schema`, answered MalformedXML [DOC]): every
 * OptionalFields/Field is one of {@link DIRECTORY_BUCKET_OPTIONAL_FIELDS}. Returns the rule broken, or
 * `undefined`.
 *
 * @internal
 */
export function findDirectoryBucketFieldViolation(
  fields: readonly string[] | undefined,
): PutValidationRuleId | undefined {
  const allowed: readonly string[] = DIRECTORY_BUCKET_OPTIONAL_FIELDS;
  return fields?.some((field) => !allowed.includes(field)) ? "directory-bucket-optional-field" : undefined;
}
