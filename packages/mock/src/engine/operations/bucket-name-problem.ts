import { findGeneralPurposeBucketNameViolation, isDirectoryBucketName } from "@s3-inventory/model";

/**
 * Options of {@link bucketNameProblem}.
 *
 * @internal
 */
export interface BucketNameProblemOptions {
  /**
   * Accept a directory bucket name (`name--zone--x-s3`, the model's directory bucket rules). True for
   * initial buckets, the only way to make one: S3's general purpose CreateBucket refuses these names.
   */
  allowDirectoryBucket?: boolean;
}

/**
 * What is wrong with `name` as a bucket this mock creates, as one readable phrase, or `undefined`
 * when the mock accepts it. The rules are the model's general purpose naming rules (S3 User Guide,
 * "General purpose bucket naming rules"; S3 answers a broken one with 400 InvalidBucketName), except
 * `amzn-s3-demo-`: reserved for AWS's examples, which use it, so this mock accepts it (a documented
 * choice). CreateBucket, the engine's initial buckets and the CLI's `--bucket` share this one check.
 *
 * @internal
 */
export function bucketNameProblem(name: string, options: BucketNameProblemOptions = {}): string | undefined {
  if (options.allowDirectoryBucket && isDirectoryBucketName(name)) return undefined;
  const rule = findGeneralPurposeBucketNameViolation(name, { except: ["prefix-amzn-s3-demo-"] });
  if (rule === undefined) return undefined;
  return `bucket name ${JSON.stringify(name)} breaks S3's naming rules: ${rule.description}`;
}
