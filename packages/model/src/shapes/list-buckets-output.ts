// ListBuckets shapes, named and shaped exactly like @aws-sdk/client-s3 3.1175.0's
// (dist-types/models/models_0.d.ts: Owner, Bucket, ListBucketsOutput), so values pass between the SDK
// and this project without conversion. Not inventory shapes: they are here because a mock or a test
// of the inventory API needs buckets around it, and S3's documents belong in this package.

/**
 * The owner of buckets, as S3 names it in ListBuckets (`<Owner><ID/><DisplayName/></Owner>`).
 *
 * @example
 * ```ts
 * const owner: Owner = { ID: "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be" };
 * ```
 * @public
 */
export interface Owner {
  /** Deprecated by AWS in 2025 (no longer returned in most regions); kept because the SDK keeps it. */
  DisplayName?: string | undefined;
  /** The canonical user id (64 hexadecimal digits on real S3). */
  ID?: string | undefined;
}

/**
 * One bucket of a ListBuckets answer.
 *
 * @example
 * ```ts
 * const bucket: Bucket = { Name: "amzn-s3-demo-bucket", CreationDate: new Date("2019-12-11T23:32:47.000Z") };
 * ```
 * @public
 */
export interface Bucket {
  Name?: string | undefined;
  CreationDate?: Date | undefined;
  BucketRegion?: string | undefined;
  BucketArn?: string | undefined;
}

/**
 * Output of ListBuckets (`GET /`), the `<ListAllMyBucketsResult>` document. No `$metadata`, as for
 * the inventory outputs.
 *
 * @example
 * ```ts
 * const output: ListBucketsOutput = { Owner: { ID: "abc" }, Buckets: [{ Name: "src", CreationDate: new Date() }] };
 * ```
 * @public
 */
export interface ListBucketsOutput {
  Buckets?: Bucket[] | undefined;
  Owner?: Owner | undefined;
  ContinuationToken?: string | undefined;
  Prefix?: string | undefined;
}
