import {
  DeleteBucketInventoryConfigurationCommand,
  GetBucketInventoryConfigurationCommand,
  ListBucketInventoryConfigurationsCommand,
  PutBucketInventoryConfigurationCommand,
  S3InventoryClient,
} from "@s3-inventory/client";
import { clientConfig } from "./client-config.js";
import type { ConnectionSettings } from "./connection-settings.js";
import type { Driver } from "./driver.js";
import { sendRawRequest } from "./raw-http-request.js";
import { sendCommand } from "./send-command.js";

/**
 * Drives the cases through @s3-inventory/client (the default). Our client has only the four inventory
 * operations; a HeadBucket step is sent as a signed raw HEAD request instead. One attempt per request, as
 * with the SDK driver.
 *
 * @internal
 */
export function createOurClientDriver(settings: ConnectionSettings): Driver {
  const client = new S3InventoryClient(clientConfig(settings));
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
