import {
  DeleteBucketInventoryConfigurationCommand,
  GetBucketInventoryConfigurationCommand,
  ListBucketInventoryConfigurationsCommand,
  PutBucketInventoryConfigurationCommand,
  S3InventoryClient,
  type S3InventoryClientConfig,
} from "@s3-inventory/client";
import { type CommandClass, createCommandDriver, type SmithyClient } from "./command-driver.js";
import type { ConnectionSettings } from "./connection-settings.js";
import type { Driver } from "./driver.js";
import { createHttpHandler } from "./http-handler.js";
import { sendRawRequest } from "./raw-http-request.js";

/**
 * Drives the cases through @s3-inventory/client (the default). Our client has only the four inventory
 * operations; a HeadBucket step is sent as a signed raw HEAD request instead. One attempt per request, as
 * with the SDK driver.
 *
 * @example
 * const driver = createOurClientDriver(settings);
 */
export function createOurClientDriver(settings: ConnectionSettings): Driver {
  const client = new S3InventoryClient({
    region: settings.region,
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    // The runner resolved AWS_ENDPOINT_URL(_S3) itself; the client must not redirect the raw requests' target.
    ignoreConfiguredEndpointUrls: true,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    maxAttempts: 1,
    // The same NodeHttpHandler the SDK driver gets: the client accepts any Smithy handler by its shape.
    requestHandler: createHttpHandler(settings) satisfies S3InventoryClientConfig["requestHandler"],
  });
  return createCommandDriver(
    "ours",
    client as unknown as SmithyClient,
    {
      PutBucketInventoryConfiguration: PutBucketInventoryConfigurationCommand as unknown as CommandClass,
      GetBucketInventoryConfiguration: GetBucketInventoryConfigurationCommand as unknown as CommandClass,
      DeleteBucketInventoryConfiguration:
        DeleteBucketInventoryConfigurationCommand as unknown as CommandClass,
      ListBucketInventoryConfigurations: ListBucketInventoryConfigurationsCommand as unknown as CommandClass,
    },
    (operation, input) => {
      if (operation !== "HeadBucket") throw new Error(`our client has no ${operation} command`);
      return sendRawRequest(settings, { method: "HEAD", bucket: String(input.Bucket), query: {} });
    },
  );
}
