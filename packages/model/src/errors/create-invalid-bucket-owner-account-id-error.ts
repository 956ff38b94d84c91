import { ECHOED_VALUE_MAX_LENGTH } from "../rules/limits.js";
import { S3_ERROR_CATALOGUE } from "./s3-error-catalogue.js";
import { createS3Error, type S3ErrorResponse } from "./s3-error-response.js";

/**
 * S3's answer to an `x-amz-expected-bucket-owner` header that is not an AWS account id: 400
 * InvalidBucketOwnerAWSAccountID whose message ends with the value sent, in brackets. Recorded for
 * DeleteBucketPolicy with the value `invalid` ("...must be an AWS Account ID... [invalid]",
 * evidence:policy-expected-owner-invalid-400); the same answer for the inventory operations is [INFERRED]
 * (evidence:expected-owner-invalid-400). The value is an account id, not a secret, so it may be echoed; it is
 * cut to {@link ECHOED_VALUE_MAX_LENGTH} characters.
 *
 * @example
 * ```ts
 * createInvalidBucketOwnerAccountIdError("invalid").message;
 * // "The value of the expected bucket owner parameter must be an AWS Account ID... [invalid]"
 * ```
 * @public
 */
export function createInvalidBucketOwnerAccountIdError(value: string): S3ErrorResponse {
  const { message } = S3_ERROR_CATALOGUE.InvalidBucketOwnerAWSAccountID;
  return createS3Error("InvalidBucketOwnerAWSAccountID", {
    message: `${message} [${value.slice(0, ECHOED_VALUE_MAX_LENGTH)}]`,
  });
}
