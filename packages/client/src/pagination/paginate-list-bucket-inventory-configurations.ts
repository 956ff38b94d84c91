import type { Paginator } from "@smithy/types";
import {
  ListBucketInventoryConfigurationsCommand,
  type ListBucketInventoryConfigurationsCommandInput,
  type ListBucketInventoryConfigurationsCommandOutput,
} from "../commands/list-bucket-inventory-configurations-command.js";
import { S3InventoryClient } from "../s3-inventory-client.js";

/**
 * How to paginate: the client, and optionally the token to start from (as the SDK's `PaginationConfiguration`).
 * @example
 * ```ts
 * declare const client: S3InventoryClient, savedToken: string;
 * const config: S3InventoryPaginationConfiguration = { client, startingToken: savedToken };
 * ```
 * @public
 */
export interface S3InventoryPaginationConfiguration {
  client: S3InventoryClient;
  /** Start from this `ContinuationToken` instead of the input's. */
  startingToken?: string | undefined;
  /** Stop when S3 returns the token it was just sent (guards against a server that loops). Default `false`. */
  stopOnSameToken?: boolean | undefined;
}

/**
 * Iterates over every page of ListBucketInventoryConfigurations, following `NextContinuationToken`
 * until S3 stops sending one (S3 API reference: "IsTruncated ... NextContinuationToken is provided for a
 * subsequent request"). @aws-sdk/client-s3 has no paginator for this operation; this one behaves like its
 * paginators (`createPaginator` of @smithy/core).
 *
 * @example
 * ```ts
 * const client = new S3InventoryClient({ region: "us-east-1" });
 * for await (const page of paginateListBucketInventoryConfigurations({ client }, { Bucket: "amzn-s3-demo-bucket" })) {
 *   for (const configuration of page.InventoryConfigurationList ?? []) console.log(configuration.Id);
 * }
 * ```
 * @public
 */
export async function* paginateListBucketInventoryConfigurations(
  config: S3InventoryPaginationConfiguration,
  input: ListBucketInventoryConfigurationsCommandInput,
): Paginator<ListBucketInventoryConfigurationsCommandOutput> {
  if (!(config.client instanceof S3InventoryClient)) {
    throw new Error("Invalid client, expected an S3InventoryClient");
  }
  let token = config.startingToken ?? input.ContinuationToken;
  while (true) {
    const page = await config.client.send(
      new ListBucketInventoryConfigurationsCommand({ ...input, ContinuationToken: token }),
    );
    yield page;
    const previous = token;
    token = page.NextContinuationToken;
    if (!token || (config.stopOnSameToken && token === previous)) return undefined;
  }
}
