import { getSerdePlugin } from "@smithy/middleware-serde";
import type { MetadataBearer, Pluggable } from "@smithy/types";
import type { S3InventoryClientResolvedConfig } from "../config/s3-inventory-client-config.js";
import { getEndpointPlugin } from "../endpoint/endpoint-middleware.js";

/**
 * What `this` is inside a command's middleware supplier: the serializer and deserializer given to
 * `.ser()` and `.de()` (as in the generated SDK commands).
 * @internal
 */
export interface SerdeFunctions {
  // biome-ignore lint/suspicious/noExplicitAny: the shape `getSerdePlugin` expects.
  serialize: (input: any, context: any) => Promise<any>;
  // biome-ignore lint/suspicious/noExplicitAny: the shape `getSerdePlugin` expects.
  deserialize: (output: any, context: any) => Promise<any>;
}

/**
 * The middleware every inventory command adds to the client's: endpoint resolution, then its own
 * serializer and deserializer.
 * @internal
 */
export function commandPlugins<Input extends object, Output extends MetadataBearer>(
  serde: SerdeFunctions,
  config: S3InventoryClientResolvedConfig,
): Pluggable<Input, Output>[] {
  // The serializers read only `endpoint` from the serde context, so the SDK's codec fields
  // (base64Encoder, utf8Decoder, ...) that `getSerdePlugin`'s type asks for are not needed.
  const serdeConfig = config as unknown as Parameters<typeof getSerdePlugin>[0];
  return [
    getSerdePlugin<Input, never, Output>(serdeConfig, serde.serialize, serde.deserialize),
    getEndpointPlugin<Input, Output>(config),
  ];
}
