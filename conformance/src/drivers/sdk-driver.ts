import {
  DeleteBucketInventoryConfigurationCommand,
  GetBucketInventoryConfigurationCommand,
  HeadBucketCommand,
  ListBucketInventoryConfigurationsCommand,
  PutBucketInventoryConfigurationCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { clientConfig } from "./client-config.js";
import type { ConnectionSettings } from "./connection-settings.js";
import type { Driver } from "./driver.js";
import { sendCommand } from "./send-command.js";

/**
 * Drives the cases through @aws-sdk/client-s3 (`--client sdk`): shows the results do not depend on our client.
 * One attempt per request: a conformance run reports the endpoint's first answer, not a retried one.
 *
 * @internal
 */
export function createSdkDriver(settings: ConnectionSettings): Driver {
  const client = new S3Client(clientConfig(settings));
  return {
    client: "sdk",
    send({ operation, input }, signal) {
      const label = `sdk client, ${operation}`;
      // The model's shapes are the SDK's (same names, same members): each input goes to its command as it is.
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
        case "HeadBucket": {
          const command = new HeadBucketCommand(input);
          return sendCommand(label, command, (options) => client.send(command, options), signal);
        }
      }
    },
    close() {
      client.destroy();
    },
  };
}
