import {
  DeleteBucketInventoryConfigurationCommand,
  GetBucketInventoryConfigurationCommand,
  ListBucketInventoryConfigurationsCommand,
  PutBucketInventoryConfigurationCommand,
  S3InventoryClient,
  type S3InventoryClientConfig,
} from "@s3-inventory/client";
import { sendCommand } from "./send-command.js";
import type { ConnectionSettings } from "./connection-settings.js";
import type { Driver } from "./driver.js";
import { createHttpHandler } from "./http-handler.js";
import { sendRawRequest } from "./raw-http-request.js";

/**
 * Drives the cases through @s3-inventory/client (the default). Our client has only the four inventory
 * operations; a HeadBucket step is sent as a signed raw HEAD request instead. One attempt per request, as
 * with the SDK driver.
 *
 * @internal
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
  return {
    client: "ours",
    send({ operation, input }, signal) {
      const label = `ours client, ${operation}`;
      // Each branch names its command, so the input is checked against that command's input type.
      switch (operation) {
        case "PutBucketInventoryConfiguration": {
          const command = new PutBucketInventoryConfigurationCommand(input);
          return sendCommand(label, command, (options) => client.send(command, options), signal);
        }
        case "GetBucketInventoryConfiguration": {
          const command = new GetBucketInventoryConfigurationCommand(input);
          return sendCommand(label, command, (options) => client.send(command, options), signal);
        }
        case "DeleteBucketInventoryConfiguration": {
          const command = new DeleteBucketInventoryConfigurationCommand(input);
          return sendCommand(label, command, (options) => client.send(command, options), signal);
        }
        case "ListBucketInventoryConfigurations": {
          const command = new ListBucketInventoryConfigurationsCommand(input);
          return sendCommand(label, command, (options) => client.send(command, options), signal);
        }
        case "HeadBucket":
          return sendRawRequest(
            settings,
            { method: "HEAD", bucket: String(input.Bucket), query: {} },
            signal,
          );
      }
    },
    close() {
      client.destroy();
    },
  };
}
