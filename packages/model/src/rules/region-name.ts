// Region names and LocationConstraint values. Every region code of every AWS partition has the form
// `area-[subarea-]direction-number` (us-east-1, us-gov-west-1, cn-north-1, eusc-de-east-1,
// us-isob-east-1): the union of the partitions' `regionRegex` in @aws-sdk/util-endpoints'
// partitions.json, narrowed to lower case as AWS writes them. S3 answers 400 InvalidLocationConstraint
// for a LocationConstraint it does not know ([DOC] S3 API reference, ErrorResponses). Testing the shape
// rather than a fixed list of regions is a [CHOICE]: new regions keep working, and a made-up name of
// the right shape (`xx-north-9`) passes where S3 would refuse it.

/**
 * The shape of an AWS region code.
 *
 * @example
 * ```ts
 * REGION_NAME_PATTERN.test("eu-central-2"); // true
 * REGION_NAME_PATTERN.test("mars-1"); // false
 * ```
 * @public
 */
export const REGION_NAME_PATTERN = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/;

/**
 * Whether `value` has the shape of an AWS region code (see {@link REGION_NAME_PATTERN}).
 *
 * @example
 * ```ts
 * isRegionName("us-gov-west-1"); // true
 * ```
 * @public
 */
export function isRegionName(value: string): boolean {
  return REGION_NAME_PATTERN.test(value);
}

/**
 * Whether S3 can take `value` as a CreateBucket `LocationConstraint`: a region code, or `EU`, the
 * legacy name of eu-west-1 ([DOC] S3 API reference, GetBucketLocation: "Buckets in Region eu-west-1
 * have a LocationConstraint of EU"; the SDK's BucketLocationConstraint enum lists `EU`).
 *
 * @example
 * ```ts
 * isLocationConstraint("EU"); // true
 * isLocationConstraint("mars 1"); // false
 * ```
 * @public
 */
export function isLocationConstraint(value: string): boolean {
  return value === "EU" || isRegionName(value);
}

/**
 * The region a bucket is created in for a `LocationConstraint`: `EU` is eu-west-1, none (or empty) is
 * `defaultRegion`, us-east-1 on S3 ([DOC] CreateBucket: "If you don't specify a Region, the bucket is
 * created in the US East (N. Virginia) Region (us-east-1) by default").
 *
 * @example
 * ```ts
 * regionOfLocationConstraint("EU"); // "eu-west-1"
 * regionOfLocationConstraint(undefined); // "us-east-1"
 * ```
 * @public
 */
export function regionOfLocationConstraint(
  constraint: string | undefined,
  defaultRegion = "us-east-1",
): string {
  if (constraint === undefined || constraint === "") return defaultRegion;
  return constraint === "EU" ? "eu-west-1" : constraint;
}
