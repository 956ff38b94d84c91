import {
  PUT_BUCKET_INVENTORY_CONFIGURATION,
  type PutBucketInventoryConfigurationRequest,
  serializeInventoryConfiguration,
} from "@s3-inventory/model";
import type { HttpResponse } from "@smithy/protocol-http";
import type { MetadataBearer } from "@smithy/types";
import { redactConfiguration } from "../protocol/filter-sensitive-log.js";
import { readResponse } from "../protocol/read-response.js";
import { inventoryCommand } from "./inventory-command.js";

/**
 * Input of {@link PutBucketInventoryConfigurationCommand}: the SDK's `PutBucketInventoryConfigurationRequest`.
 * @example
 * ```ts
 * declare const configuration: InventoryConfiguration;
 * const input: PutBucketInventoryConfigurationCommandInput = { Bucket: "src", Id: "1", InventoryConfiguration: configuration };
 * ```
 * @public
 */
export interface PutBucketInventoryConfigurationCommandInput extends PutBucketInventoryConfigurationRequest {}

/**
 * Output of {@link PutBucketInventoryConfigurationCommand}: only `$metadata` (S3 answers 204, or 200).
 * @example
 * ```ts
 * declare const client: S3InventoryClient, input: PutBucketInventoryConfigurationCommandInput;
 * const { $metadata } = await client.send(new PutBucketInventoryConfigurationCommand(input));
 * ```
 * @public
 */
export interface PutBucketInventoryConfigurationCommandOutput extends MetadataBearer {}

/**
 * Creates or replaces an inventory configuration (`PUT /{Bucket}?inventory&id={Id}`). The body is the
 * XML @aws-sdk/client-s3 sends, byte for byte; S3 answers 204 (recorded) although its model says 200, and
 * both are accepted.
 *
 * @example
 * ```ts
 * const client = new S3InventoryClient({ region: "us-east-1" });
 * await client.send(
 *   new PutBucketInventoryConfigurationCommand({
 *     Bucket: "amzn-s3-demo-source-bucket",
 *     Id: "1",
 *     InventoryConfiguration: {
 *       Destination: { S3BucketDestination: { Bucket: "arn:aws:s3:::amzn-s3-demo-bucket", Format: "CSV" } },
 *       IsEnabled: true,
 *       Id: "1",
 *       IncludedObjectVersions: "Current",
 *       Schedule: { Frequency: "Weekly" },
 *     },
 *   }),
 * );
 * ```
 * @throws {@link MalformedXML}, {@link IdMismatch}, {@link InvalidS3DestinationBucket}, {@link TooManyConfigurations},
 * {@link NoSuchBucket}, {@link AccessDenied}, or {@link S3InventoryServiceException} for any other code.
 * @public
 */
export class PutBucketInventoryConfigurationCommand extends inventoryCommand<
  PutBucketInventoryConfigurationCommandInput,
  PutBucketInventoryConfigurationCommandOutput
>({
  operation: PUT_BUCKET_INVENTORY_CONFIGURATION,
  payload,
  deserialize,
  inputLog: (input: PutBucketInventoryConfigurationCommandInput) =>
    input.InventoryConfiguration
      ? { ...input, InventoryConfiguration: redactConfiguration(input.InventoryConfiguration) }
      : input,
}) {}

// No configuration: the SDK still sends the PUT, with no body (observed from @aws-sdk/client-s3 3.1175.0;
// pinned by the model's sdk-oracle test).
function payload(input: PutBucketInventoryConfigurationCommandInput): string | undefined {
  return input.InventoryConfiguration
    ? serializeInventoryConfiguration(input.InventoryConfiguration, "request")
    : undefined;
}

async function deserialize(response: HttpResponse): Promise<PutBucketInventoryConfigurationCommandOutput> {
  const { $metadata } = await readResponse(response, { errorDocumentIn2xx: false });
  return { $metadata };
}
