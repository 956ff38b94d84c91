import type { S3OperationName } from "../operations/s3-operations.js";
import type { CreateBucketConfiguration } from "./create-bucket-configuration.js";
import type {
  DeleteBucketInventoryConfigurationRequest,
  GetBucketInventoryConfigurationRequest,
  ListBucketInventoryConfigurationsRequest,
  PutBucketInventoryConfigurationRequest,
} from "./operations.js";

// Inputs of the bucket operations, named as @aws-sdk/client-s3 3.1175.0 names them, with only the members
// S3_OPERATIONS binds (the SDK's CreateBucketRequest also has ACL and grant headers no package here sends).

/**
 * Input of HeadBucket (`HEAD /{Bucket}`).
 *
 * @public
 */
export interface HeadBucketRequest {
  Bucket: string | undefined;
  ExpectedBucketOwner?: string | undefined;
}

/**
 * Input of CreateBucket (`PUT /{Bucket}`); no configuration means us-east-1.
 *
 * @public
 */
export interface CreateBucketRequest {
  Bucket: string | undefined;
  CreateBucketConfiguration?: CreateBucketConfiguration | undefined;
}

/**
 * Input of DeleteBucket (`DELETE /{Bucket}`).
 *
 * @public
 */
export interface DeleteBucketRequest {
  Bucket: string | undefined;
  ExpectedBucketOwner?: string | undefined;
}

/**
 * Input of ListBuckets (`GET /`): no member is bound.
 *
 * @public
 */
// biome-ignore lint/complexity/noBannedTypes: the operation has no input member, as in S3_OPERATIONS.
export type ListBucketsRequest = {};

/**
 * The input shape of every operation of `S3_OPERATIONS`, by name: its members are the table's `input`
 * members (a test holds the two equal), so a typed caller of the table sends what the table binds.
 *
 * @example
 * ```ts
 * const input: S3OperationInputs["GetBucketInventoryConfiguration"] = { Bucket: "src", Id: "1" };
 * ```
 * @public
 */
export interface S3OperationInputs extends Record<S3OperationName, object> {
  PutBucketInventoryConfiguration: PutBucketInventoryConfigurationRequest;
  GetBucketInventoryConfiguration: GetBucketInventoryConfigurationRequest;
  DeleteBucketInventoryConfiguration: DeleteBucketInventoryConfigurationRequest;
  ListBucketInventoryConfigurations: ListBucketInventoryConfigurationsRequest;
  CreateBucket: CreateBucketRequest;
  HeadBucket: HeadBucketRequest;
  DeleteBucket: DeleteBucketRequest;
  ListBuckets: ListBucketsRequest;
}
