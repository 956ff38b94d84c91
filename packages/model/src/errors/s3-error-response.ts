import { ECHOED_VALUE_MAX_LENGTH } from "../rules/limits.js";
import { S3_ERROR_CATALOGUE, type S3ErrorCode } from "./s3-error-catalogue.js";

/**
 * An S3 error as a server answers it: the status, the `<Code>` and `<Message>`, and the extra
 * elements of the `<Error>` document (e.g. `BucketName`). RequestId and HostId are added by whoever
 * sends it.
 *
 * @example
 * ```ts
 * const error: S3ErrorResponse = createS3Error("NoSuchBucket", { fields: { BucketName: "src" } });
 * ```
 * @public
 */
export interface S3ErrorResponse {
  httpStatus: number;
  code: string;
  message: string;
  fields: Record<string, string>;
}

/**
 * Options of {@link createS3Error}.
 *
 * @example
 * ```ts
 * const options: CreateS3ErrorOptions = { fields: { BucketName: "src" } };
 * createS3Error("NoSuchBucket", options);
 * ```
 * @public
 */
export interface CreateS3ErrorOptions {
  /** One of the code's named {@link S3ErrorDefinition.variants}, e.g. `namespace` for InvalidS3DestinationBucket. */
  variant?: string;
  /** A message of the caller's own; wins over `variant`. Say where it comes from in a comment. */
  message?: string;
  /** Extra `<Error>` elements, e.g. `{ BucketName: "src" }`. */
  fields?: Record<string, string>;
  /**
   * Extra `<Error>` elements that echo what the caller sent (e.g. `LocationConstraint`): each is cut to
   * {@link ECHOED_VALUE_MAX_LENGTH} characters.
   */
  echoed?: Record<string, string>;
}

/**
 * Builds the answer S3 gives for `code`, from {@link S3_ERROR_CATALOGUE}. Throws a `RangeError` for a
 * variant the catalogue does not know: that is a programming mistake, not a user's.
 *
 * @example
 * ```ts
 * createS3Error("IdMismatch");
 * // { httpStatus: 400, code: "IdMismatch", message: "Document ID does not match the specified configuration ID.", fields: {} }
 * createS3Error("InvalidS3DestinationBucket", { variant: "namespace" }).message;
 * // "Bucket ARN should not specify a namespace."
 * ```
 * @public
 */
export function createS3Error(code: S3ErrorCode, options: CreateS3ErrorOptions = {}): S3ErrorResponse {
  const definition = S3_ERROR_CATALOGUE[code];
  let message = definition.message;
  if (options.variant !== undefined) {
    const variant = definition.variants[options.variant];
    if (variant === undefined) {
      throw new RangeError(`${code} has no message variant '${options.variant}'`);
    }
    message = variant;
  }
  return {
    httpStatus: definition.httpStatus,
    code: definition.code,
    message: options.message ?? message,
    fields: { ...options.fields, ...cut(options.echoed) },
  };
}

function cut(echoed: Record<string, string> | undefined): Record<string, string> {
  if (echoed === undefined) return {};
  return Object.fromEntries(
    Object.entries(echoed).map(([name, value]) => [name, value.slice(0, ECHOED_VALUE_MAX_LENGTH)]),
  );
}
