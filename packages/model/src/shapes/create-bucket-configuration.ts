/**
 * The `<CreateBucketConfiguration>` body of CreateBucket, as @aws-sdk/client-s3 3.1175.0 names it.
 * Only `LocationConstraint` is modelled: the other members (`Location`, `Bucket`, `Tags`) concern
 * directory buckets and tags, which no package of this project serves. `LocationConstraint` is a
 * string, as the SDK's `BucketLocationConstraint` lets any string through.
 *
 * @example
 * ```ts
 * const configuration: CreateBucketConfiguration = { LocationConstraint: "eu-west-1" };
 * ```
 * @public
 */
export interface CreateBucketConfiguration {
  LocationConstraint?: string | undefined;
}
