import {
  GET_BUCKET_INVENTORY_CONFIGURATION,
  type GetBucketInventoryConfigurationOutput,
  type GetBucketInventoryConfigurationRequest,
  parseInventoryConfiguration,
} from "@s3-inventory/model";
import type { HttpResponse } from "@smithy/protocol-http";
import type { MetadataBearer } from "@smithy/types";
import { redactConfiguration } from "../protocol/filter-sensitive-log.js";
import { readOperationDocument } from "../protocol/read-operation-document.js";
import { readResponse } from "../protocol/read-response.js";
import { inventoryCommand } from "./inventory-command.js";

/**
 * Input of {@link GetBucketInventoryConfigurationCommand}: the SDK's `GetBucketInventoryConfigurationRequest`.
 * @example
 * ```ts
 * const input: GetBucketInventoryConfigurationCommandInput = { Bucket: "src", Id: "1" };
 * ```
 * @public
 */
export interface GetBucketInventoryConfigurationCommandInput extends GetBucketInventoryConfigurationRequest {}

/**
 * Output of {@link GetBucketInventoryConfigurationCommand}: the stored configuration and `$metadata`.
 * @example
 * ```ts
 * declare const client: S3InventoryClient, input: GetBucketInventoryConfigurationCommandInput;
 * const { InventoryConfiguration, $metadata } = await client.send(new GetBucketInventoryConfigurationCommand(input));
 * ```
 * @public
 */
export interface GetBucketInventoryConfigurationCommandOutput
  extends GetBucketInventoryConfigurationOutput,
    MetadataBearer {}

/**
 * Reads one inventory configuration (`GET /{Bucket}?inventory&id={Id}`), exactly as it was put.
 *
 * @example
 * ```ts
 * const client = new S3InventoryClient({ region: "us-east-1" });
 * const { InventoryConfiguration } = await client.send(
 *   new GetBucketInventoryConfigurationCommand({ Bucket: "amzn-s3-demo-source-bucket", Id: "1" }),
 * );
 * console.log(InventoryConfiguration?.Schedule?.Frequency);
 * ```
 * @throws {@link NoSuchConfiguration} when the id does not exist, {@link NoSuchBucket}, {@link AccessDenied},
 * or {@link S3InventoryServiceException} for any other code.
 * @public
 */
export class GetBucketInventoryConfigurationCommand extends inventoryCommand<
  GetBucketInventoryConfigurationCommandInput,
  GetBucketInventoryConfigurationCommandOutput
>({
  operation: GET_BUCKET_INVENTORY_CONFIGURATION,
  deserialize,
  outputLog: (output: GetBucketInventoryConfigurationOutput) =>
    output.InventoryConfiguration
      ? { ...output, InventoryConfiguration: redactConfiguration(output.InventoryConfiguration) }
      : output,
}) {}

async function deserialize(response: HttpResponse): Promise<GetBucketInventoryConfigurationCommandOutput> {
  const { $metadata, body } = await readResponse(response, { errorDocumentIn2xx: true });
  if (body.byteLength === 0) return { $metadata };
  const InventoryConfiguration = readOperationDocument(
    body,
    "InventoryConfiguration",
    $metadata,
    parseInventoryConfiguration,
  );
  return { $metadata, InventoryConfiguration };
}
