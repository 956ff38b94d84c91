import type {
  DeleteBucketInventoryConfigurationCommandInput,
  DeleteBucketInventoryConfigurationCommandOutput,
} from "./commands/delete-bucket-inventory-configuration-command.js";
import type {
  GetBucketInventoryConfigurationCommandInput,
  GetBucketInventoryConfigurationCommandOutput,
} from "./commands/get-bucket-inventory-configuration-command.js";
import type {
  ListBucketInventoryConfigurationsCommandInput,
  ListBucketInventoryConfigurationsCommandOutput,
} from "./commands/list-bucket-inventory-configurations-command.js";
import type {
  PutBucketInventoryConfigurationCommandInput,
  PutBucketInventoryConfigurationCommandOutput,
} from "./commands/put-bucket-inventory-configuration-command.js";

/**
 * Every command input the client accepts.
 * @example
 * ```ts
 * const input: ServiceInputTypes = { Bucket: "src", Id: "1" };
 * ```
 * @public
 */
export type ServiceInputTypes =
  | PutBucketInventoryConfigurationCommandInput
  | GetBucketInventoryConfigurationCommandInput
  | DeleteBucketInventoryConfigurationCommandInput
  | ListBucketInventoryConfigurationsCommandInput;

/**
 * Every command output the client returns.
 * @example
 * ```ts
 * declare const client: S3InventoryClient, command: ListBucketInventoryConfigurationsCommand;
 * const output: ServiceOutputTypes = await client.send(command);
 * ```
 * @public
 */
export type ServiceOutputTypes =
  | PutBucketInventoryConfigurationCommandOutput
  | GetBucketInventoryConfigurationCommandOutput
  | DeleteBucketInventoryConfigurationCommandOutput
  | ListBucketInventoryConfigurationsCommandOutput;
