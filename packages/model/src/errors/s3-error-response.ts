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
 * Builds the answer S3 gives for `code`, from {@link S3_ERROR_CATALOGUE}; `message` overrides the
 * catalogue's text where one code has several (e.g. InvalidS3DestinationBucket).
 *
 * @example
 * ```ts
 * createS3Error("IdMismatch");
 * // { httpStatus: 400, code: "IdMismatch", message: "Document ID does not match the specified configuration ID.", fields: {} }
 * ```
 * @public
 */
export function createS3Error(
  code: S3ErrorCode,
  options: { message?: string; fields?: Record<string, string> } = {},
): S3ErrorResponse {
  const definition = S3_ERROR_CATALOGUE[code];
  return {
    httpStatus: definition.httpStatus,
    code: definition.code,
    message: options.message ?? definition.message,
    fields: { ...options.fields },
  };
}
