/**
 * What S3 accepts as an AWS account id in `x-amz-expected-bucket-owner`: exactly 12 ASCII digits.
 * Anything else is answered with 400 InvalidBucketOwnerAWSAccountID (evidence:policy-expected-owner-invalid-400, bucket
 * policy with ExpectedBucketOwner = `invalid`, an analog recorded on DeleteBucketPolicy; the same answer
 * for the inventory operations is [INFERRED], evidence:expected-owner-invalid-400). The 12-digit format is
 * AWS's documented account id format (AWS Account Management reference, "Your AWS account identifiers").
 *
 * @example
 * ```ts
 * AWS_ACCOUNT_ID_PATTERN.test("123456789012"); // true
 * AWS_ACCOUNT_ID_PATTERN.test("invalid"); // false
 * ```
 * @public
 */
export const AWS_ACCOUNT_ID_PATTERN = /^[0-9]{12}$/;

/**
 * Whether `value` is an AWS account id S3 accepts as an expected bucket owner (see
 * {@link AWS_ACCOUNT_ID_PATTERN}). A mismatch with the real owner is a different error (403 AccessDenied).
 *
 * @example
 * ```ts
 * declare const headers: Record<string, string | undefined>;
 * const owner = headers["x-amz-expected-bucket-owner"];
 * if (owner !== undefined && !isAwsAccountId(owner)) console.log(createInvalidBucketOwnerAccountIdError(owner).code);
 * ```
 * @public
 */
export function isAwsAccountId(value: string): boolean {
  return AWS_ACCOUNT_ID_PATTERN.test(value);
}
