import { getRetryPlugin } from "@smithy/middleware-retry";
import { Client } from "@smithy/smithy-client";
import type { HttpHandlerOptions } from "@smithy/types";
import { resolveClientConfig } from "./config/resolve-client-config.js";
import type {
  S3InventoryClientConfig,
  S3InventoryClientResolvedConfig,
} from "./config/s3-inventory-client-config.js";
import { getLoggerPlugin } from "./middleware/logger-middleware.js";
import { getUserAgentPlugin } from "./middleware/user-agent-middleware.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "./service-types.js";
import { getSigningPlugin } from "./signing/signing-middleware.js";

/**
 * A client for the four S3 inventory configuration operations, used exactly like `S3Client` of
 * @aws-sdk/client-s3: same config names, same commands, same shapes, same requests on the wire.
 *
 * The published build extends a bundled copy of Smithy's `Client`: `instanceof Client` from your own
 * `@smithy/smithy-client` is false (README, "Limits and choices", for why and what still works).
 *
 * @example
 * ```ts
 * import { S3InventoryClient, ListBucketInventoryConfigurationsCommand } from "@s3-inventory/client";
 *
 * const client = new S3InventoryClient({ region: "us-east-1" });
 * const page = await client.send(new ListBucketInventoryConfigurationsCommand({ Bucket: "amzn-s3-demo-bucket" }));
 * ```
 * @public
 */
export class S3InventoryClient extends Client<
  HttpHandlerOptions,
  ServiceInputTypes,
  ServiceOutputTypes,
  S3InventoryClientResolvedConfig
> {
  /** The resolved configuration (defaults applied). */
  declare readonly config: S3InventoryClientResolvedConfig;

  constructor(...[configuration]: [S3InventoryClientConfig?]) {
    super(resolveClientConfig(configuration ?? {}));
    // Same middleware as S3Client, in the same steps: user agent (build), retry then signing
    // (finalizeRequest), logger (initialize); endpoint and serde are added by each command.
    this.middlewareStack.use(getUserAgentPlugin());
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin());
    this.middlewareStack.use(getSigningPlugin(this.config));
  }

  /** Closes the HTTP handler's sockets. */
  override destroy(): void {
    super.destroy();
  }
}
