import {
  DeleteBucketInventoryConfigurationCommand,
  GetBucketInventoryConfigurationCommand,
  HeadBucketCommand,
  ListBucketInventoryConfigurationsCommand,
  PutBucketInventoryConfigurationCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { type CommandClass, createCommandDriver, type SmithyClient } from "./command-driver.js";
import type { ConnectionSettings } from "./connection-settings.js";
import type { Driver } from "./driver.js";
import { createHttpHandler } from "./http-handler.js";

/**
 * Drives the cases through @aws-sdk/client-s3 (`--client sdk`): shows the results do not depend on our client.
 * One attempt per request: a conformance run reports the endpoint's first answer, not a retried one.
 *
 * @example
 * const driver = createSdkDriver(settings);
 */
export function createSdkDriver(settings: ConnectionSettings): Driver {
  const client = new S3Client({
    region: settings.region,
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    // The runner resolved AWS_ENDPOINT_URL(_S3) itself; the client must not redirect the raw requests' target.
    ignoreConfiguredEndpointUrls: true,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    maxAttempts: 1,
    requestHandler: createHttpHandler(settings),
  });
  return createCommandDriver("sdk", client as unknown as SmithyClient, {
    PutBucketInventoryConfiguration: PutBucketInventoryConfigurationCommand as unknown as CommandClass,
    GetBucketInventoryConfiguration: GetBucketInventoryConfigurationCommand as unknown as CommandClass,
    DeleteBucketInventoryConfiguration: DeleteBucketInventoryConfigurationCommand as unknown as CommandClass,
    ListBucketInventoryConfigurations: ListBucketInventoryConfigurationsCommand as unknown as CommandClass,
    HeadBucket: HeadBucketCommand as unknown as CommandClass,
  });
}
