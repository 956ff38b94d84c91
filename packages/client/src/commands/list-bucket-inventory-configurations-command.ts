import {
  LIST_BUCKET_INVENTORY_CONFIGURATIONS,
  type ListBucketInventoryConfigurationsOutput,
  type ListBucketInventoryConfigurationsRequest,
  parseListInventoryConfigurationsResult,
} from "@s3-inventory/model";
import type { HttpResponse } from "@smithy/protocol-http";
import type { MetadataBearer } from "@smithy/types";
import { redactConfiguration } from "../protocol/filter-sensitive-log.js";
import { readOperationDocument } from "../protocol/read-operation-document.js";
import { readResponse } from "../protocol/read-response.js";
import { inventoryCommand } from "./inventory-command.js";

/**
 * Input of {@link ListBucketInventoryConfigurationsCommand}: the SDK's `ListBucketInventoryConfigurationsRequest`.
 * @example
 * ```ts
 * declare const token: string | undefined; // the previous page's NextContinuationToken
 * const input: ListBucketInventoryConfigurationsCommandInput = { Bucket: "src", ContinuationToken: token };
 * ```
 * @public
 */
export interface ListBucketInventoryConfigurationsCommandInput
  extends ListBucketInventoryConfigurationsRequest {}

/**
 * Output of {@link ListBucketInventoryConfigurationsCommand}: one page and `$metadata`. An empty bucket
 * has no `InventoryConfigurationList` at all.
 * @example
 * ```ts
 * declare const client: S3InventoryClient, command: ListBucketInventoryConfigurationsCommand;
 * const { InventoryConfigurationList = [], NextContinuationToken } = await client.send(command);
 * ```
 * @public
 */
export interface ListBucketInventoryConfigurationsCommandOutput
  extends ListBucketInventoryConfigurationsOutput,
    MetadataBearer {}

/**
 * Lists one page (up to 100) of a bucket's inventory configurations (`GET /{Bucket}?inventory`); pass
 * `NextContinuationToken` back as `ContinuationToken`, or use {@link paginateListBucketInventoryConfigurations}.
 *
 * @example
 * ```ts
 * const client = new S3InventoryClient({ region: "us-east-1" });
 * const page = await client.send(new ListBucketInventoryConfigurationsCommand({ Bucket: "amzn-s3-demo-source-bucket" }));
 * for (const configuration of page.InventoryConfigurationList ?? []) console.log(configuration.Id);
 * ```
 * @throws {@link NoSuchBucket}, {@link AccessDenied}, or {@link S3InventoryServiceException} for any other code.
 * @public
 */
export class ListBucketInventoryConfigurationsCommand extends inventoryCommand<
  ListBucketInventoryConfigurationsCommandInput,
  ListBucketInventoryConfigurationsCommandOutput
>({
  operation: LIST_BUCKET_INVENTORY_CONFIGURATIONS,
  deserialize,
  outputLog: (output: ListBucketInventoryConfigurationsOutput) =>
    output.InventoryConfigurationList
      ? { ...output, InventoryConfigurationList: output.InventoryConfigurationList.map(redactConfiguration) }
      : output,
}) {}

async function deserialize(response: HttpResponse): Promise<ListBucketInventoryConfigurationsCommandOutput> {
  const { $metadata, body } = await readResponse(response, { errorDocumentIn2xx: true });
  if (body.byteLength === 0) return { $metadata };
  return {
    $metadata,
    ...readOperationDocument(
      body,
      "ListInventoryConfigurationsResult",
      $metadata,
      parseListInventoryConfigurationsResult,
    ),
  };
}
