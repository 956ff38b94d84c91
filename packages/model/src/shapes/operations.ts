import type { InventoryConfiguration } from "./inventory-configuration.js";

// Inputs and outputs of the four operations, as in @aws-sdk/client-s3 3.1175.0. Outputs here carry
// no `$metadata`: that is the client's framework field, added by @s3-inventory/client.

/**
 * Input of PutBucketInventoryConfiguration (`PUT /{Bucket}?inventory&id={Id}`).
 *
 * @example
 * ```ts
 * declare const configuration: InventoryConfiguration;
 * const input: PutBucketInventoryConfigurationRequest = { Bucket: "src", Id: "1", InventoryConfiguration: configuration };
 * ```
 * @public
 */
export interface PutBucketInventoryConfigurationRequest {
  Bucket: string | undefined;
  Id: string | undefined;
  InventoryConfiguration: InventoryConfiguration | undefined;
  /** Sent as `x-amz-expected-bucket-owner`. */
  ExpectedBucketOwner?: string | undefined;
}

/**
 * Input of GetBucketInventoryConfiguration (`GET /{Bucket}?inventory&id={Id}`).
 *
 * @example
 * ```ts
 * const input: GetBucketInventoryConfigurationRequest = { Bucket: "src", Id: "1" };
 * ```
 * @public
 */
export interface GetBucketInventoryConfigurationRequest {
  Bucket: string | undefined;
  Id: string | undefined;
  ExpectedBucketOwner?: string | undefined;
}

/**
 * Output of GetBucketInventoryConfiguration: the stored document, exactly as it was put.
 *
 * @example
 * ```ts
 * declare const output: GetBucketInventoryConfigurationOutput;
 * const { InventoryConfiguration } = output;
 * ```
 * @public
 */
export interface GetBucketInventoryConfigurationOutput {
  InventoryConfiguration?: InventoryConfiguration | undefined;
}

/**
 * Input of DeleteBucketInventoryConfiguration (`DELETE /{Bucket}?inventory&id={Id}`).
 *
 * @example
 * ```ts
 * const input: DeleteBucketInventoryConfigurationRequest = { Bucket: "src", Id: "1" };
 * ```
 * @public
 */
export interface DeleteBucketInventoryConfigurationRequest {
  Bucket: string | undefined;
  Id: string | undefined;
  ExpectedBucketOwner?: string | undefined;
}

/**
 * Input of ListBucketInventoryConfigurations (`GET /{Bucket}?inventory`).
 *
 * @example
 * ```ts
 * declare const previous: ListBucketInventoryConfigurationsOutput;
 * const input: ListBucketInventoryConfigurationsRequest = { Bucket: "src", ContinuationToken: previous.NextContinuationToken };
 * ```
 * @public
 */
export interface ListBucketInventoryConfigurationsRequest {
  Bucket: string | undefined;
  /** Sent as the `continuation-token` query parameter; opaque. */
  ContinuationToken?: string | undefined;
  ExpectedBucketOwner?: string | undefined;
}

/**
 * Output of ListBucketInventoryConfigurations (`<ListInventoryConfigurationsResult>`). An empty
 * bucket gives no `InventoryConfigurationList` at all, not an empty array (recorded from AWS).
 *
 * @example
 * ```ts
 * declare const output: ListBucketInventoryConfigurationsOutput;
 * for (const c of output.InventoryConfigurationList ?? []) console.log(c.Id);
 * ```
 * @public
 */
export interface ListBucketInventoryConfigurationsOutput {
  ContinuationToken?: string | undefined;
  InventoryConfigurationList?: InventoryConfiguration[] | undefined;
  IsTruncated?: boolean | undefined;
  NextContinuationToken?: string | undefined;
}
