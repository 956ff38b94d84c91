import {
  DELETE_BUCKET_INVENTORY_CONFIGURATION,
  type DeleteBucketInventoryConfigurationRequest,
} from "@s3-inventory/model";
import type { HttpResponse } from "@smithy/protocol-http";
import type { MetadataBearer } from "@smithy/types";
import { readResponse } from "../protocol/read-response.js";
import { inventoryCommand } from "./inventory-command.js";

/**
 * Input of {@link DeleteBucketInventoryConfigurationCommand}: the SDK's `DeleteBucketInventoryConfigurationRequest`.
 * @example
 * ```ts
 * const input: DeleteBucketInventoryConfigurationCommandInput = { Bucket: "src", Id: "1" };
 * ```
 * @public
 */
export interface DeleteBucketInventoryConfigurationCommandInput
  extends DeleteBucketInventoryConfigurationRequest {}

/**
 * Output of {@link DeleteBucketInventoryConfigurationCommand}: only `$metadata` (S3 answers 204).
 * @example
 * ```ts
 * declare const client: S3InventoryClient, input: DeleteBucketInventoryConfigurationCommandInput;
 * const { $metadata } = await client.send(new DeleteBucketInventoryConfigurationCommand(input)); // 204
 * ```
 * @public
 */
export interface DeleteBucketInventoryConfigurationCommandOutput extends MetadataBearer {}

/**
 * Deletes one inventory configuration (`DELETE /{Bucket}?inventory&id={Id}`).
 *
 * @example
 * ```ts
 * const client = new S3InventoryClient({ region: "us-east-1" });
 * await client.send(new DeleteBucketInventoryConfigurationCommand({ Bucket: "amzn-s3-demo-source-bucket", Id: "1" }));
 * ```
 * @throws {@link NoSuchConfiguration} when the id does not exist, {@link NoSuchBucket}, {@link AccessDenied},
 * or {@link S3InventoryServiceException} for any other code.
 * @public
 */
export class DeleteBucketInventoryConfigurationCommand extends inventoryCommand<
  DeleteBucketInventoryConfigurationCommandInput,
  DeleteBucketInventoryConfigurationCommandOutput
>({
  operation: DELETE_BUCKET_INVENTORY_CONFIGURATION,
  deserialize,
}) {}

async function deserialize(response: HttpResponse): Promise<DeleteBucketInventoryConfigurationCommandOutput> {
  const { $metadata } = await readResponse(response, { errorDocumentIn2xx: false });
  return { $metadata };
}
