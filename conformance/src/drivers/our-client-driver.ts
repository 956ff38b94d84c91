import { type CommandClass, createCommandDriver, type SmithyClient } from "./command-driver.js";
import type { ConnectionSettings } from "./connection-settings.js";
import type { Driver } from "./driver.js";
import { createHttpHandler } from "./http-handler.js";
import { sendRawRequest } from "./raw-http-request.js";

// The public surface of @s3-inventory/client this driver uses (shaped like @aws-sdk/client-s3's).
interface OurClientModule {
  S3InventoryClient: new (config: Record<string, unknown>) => SmithyClient;
  PutBucketInventoryConfigurationCommand: CommandClass;
  GetBucketInventoryConfigurationCommand: CommandClass;
  DeleteBucketInventoryConfigurationCommand: CommandClass;
  ListBucketInventoryConfigurationsCommand: CommandClass;
}

/**
 * Drives the cases through @s3-inventory/client (the default). Our client has only the four inventory
 * operations; a HeadBucket step is sent as a signed raw HEAD request instead.
 *
 * @example
 * const driver = await createOurClientDriver(settings);
 */
export async function createOurClientDriver(settings: ConnectionSettings): Promise<Driver> {
  const module = (await import("@s3-inventory/client")) as unknown as OurClientModule;
  const client = new module.S3InventoryClient({
    region: settings.region,
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    maxAttempts: 1,
    requestHandler: createHttpHandler(settings),
  });
  return createCommandDriver(
    "ours",
    client,
    {
      PutBucketInventoryConfiguration: module.PutBucketInventoryConfigurationCommand,
      GetBucketInventoryConfiguration: module.GetBucketInventoryConfigurationCommand,
      DeleteBucketInventoryConfiguration: module.DeleteBucketInventoryConfigurationCommand,
      ListBucketInventoryConfigurations: module.ListBucketInventoryConfigurationsCommand,
    },
    (operation, input) => {
      if (operation !== "HeadBucket") throw new Error(`our client has no ${operation} command`);
      return sendRawRequest(settings, { method: "HEAD", bucket: String(input.Bucket), query: {} });
    },
  );
}
