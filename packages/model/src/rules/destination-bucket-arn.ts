/**
 * The partitions an inventory destination ARN may name: `arn:aws:s3:::b`, `arn:aws-cn:s3:::b`,
 * `arn:aws-us-gov:s3:::b`. Other partitions (aws-iso, aws-iso-b, aws-eusc…) are refused: a [CHOICE],
 * S3's answer for them is not recorded (rules table, `destination-partition`).
 *
 * @example
 * ```ts
 * DESTINATION_BUCKET_ARN_PARTITIONS.includes("aws-cn"); // true
 * ```
 * @public
 */
export const DESTINATION_BUCKET_ARN_PARTITIONS: readonly string[] = Object.freeze([
  "aws",
  "aws-cn",
  "aws-us-gov",
]);

/**
 * What the resource part of a destination ARN must look like: a bucket name of 3 to 255 characters
 * from `[A-Za-z0-9._-]`. That is the union of today's naming rules (3-63 of `[a-z0-9.-]`) and the
 * legacy us-east-1 rules (up to 255, upper case and `_` allowed), since a destination may be an old
 * bucket; directory bucket names (`name--usw2-az1--x-s3`) fit too. Source: S3 User Guide, "General
 * purpose bucket naming rules" (legacy names). Applying it at Put time is [INFERRED], not recorded.
 *
 * @example
 * ```ts
 * DESTINATION_BUCKET_NAME_PATTERN.test("amzn-s3-demo-bucket"); // true
 * DESTINATION_BUCKET_NAME_PATTERN.test("bucket/prefix"); // false
 * ```
 * @public
 */
export const DESTINATION_BUCKET_NAME_PATTERN = /^[A-Za-z0-9._-]{3,255}$/;
