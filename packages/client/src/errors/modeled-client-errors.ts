// The errors the S3 Smithy model declares (`smithy.api#error: "client"`), as generated into
// @aws-sdk/client-s3 3.1175.0 `models/errors.js`. For these codes the SDK reports `$fault: "client"`
// whatever the HTTP status (even a 5xx, or the 503 it gives an <Error> inside a 2xx); for any other code
// `$fault` follows the status. Kept so `$fault` is the same in both clients.

const MODELED_CLIENT_ERRORS: ReadonlySet<string> = new Set([
  "AccessDenied",
  "AnnotationLimitExceeded",
  "AnnotationNameTooLong",
  "BucketAlreadyExists",
  "BucketAlreadyOwnedByYou",
  "EncryptionTypeMismatch",
  "IdempotencyParameterMismatch",
  "InvalidAnnotationName",
  "InvalidObjectState",
  "InvalidPrefix",
  "InvalidRequest",
  "InvalidWriteOffset",
  "NoSuchAnnotation",
  "NoSuchBucket",
  "NoSuchKey",
  "NoSuchUpload",
  "NotFound",
  "ObjectAlreadyInActiveTierError",
  "ObjectNotInActiveTierError",
  "TooManyParts",
  "UnsupportedMediaType",
]);

/**
 * `$fault` of an error answer: fixed to `client` for the codes the S3 model declares, else from the status.
 * @internal
 */
export function faultOf(code: string, statusCode: number): "client" | "server" {
  if (MODELED_CLIENT_ERRORS.has(code)) return "client";
  return statusCode < 500 ? "client" : "server";
}
