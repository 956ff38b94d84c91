import type { EndpointV2, HandlerExecutionContext, Pluggable, SerializeMiddleware } from "@smithy/types";
import type { S3InventoryClientResolvedConfig } from "../config/s3-inventory-client-config.js";
import { resolveBucketEndpoint } from "./resolve-bucket-endpoint.js";

/**
 * The signing scheme the endpoint carries, read by the signing middleware (same shape as the SDK's
 * `authSchemes` endpoint property).
 * @internal
 */
export interface SigV4AuthScheme {
  name: "sigv4";
  signingName: "s3" | "s3express";
  signingRegion: string;
  disableDoubleEncoding: true;
}

/**
 * Resolves the bucket's endpoint before serialization and puts it on `context.endpointV2`, where the
 * serializer middleware reads it (as the SDK's `endpointV2Middleware`).
 * @internal
 */
export function getEndpointPlugin<Input extends object, Output extends object>(
  config: S3InventoryClientResolvedConfig,
): Pluggable<Input, Output> {
  return {
    applyToStack(stack) {
      stack.addRelativeTo(endpointMiddleware<Input, Output>(config), {
        name: "endpointV2Middleware",
        relation: "before",
        toMiddleware: "serializerMiddleware",
        override: true,
      });
    },
  };
}

function endpointMiddleware<Input extends object, Output extends object>(
  config: S3InventoryClientResolvedConfig,
): SerializeMiddleware<Input, Output> {
  return (next, context: HandlerExecutionContext) => async (args) => {
    const input = args.input as { Bucket?: string | undefined };
    const resolved = resolveBucketEndpoint({
      bucket: input.Bucket,
      region: await config.region(),
      endpoint: await config.endpoint(),
      forcePathStyle: config.forcePathStyle,
    });
    const authScheme: SigV4AuthScheme = {
      name: "sigv4",
      signingName: resolved.signingName,
      signingRegion: resolved.signingRegion,
      disableDoubleEncoding: true,
    };
    // The SDK's endpoints carry auth schemes in this shape, which `EndpointV2`'s property types do not spell out.
    context.endpointV2 = {
      url: resolved.url,
      properties: { authSchemes: [authScheme] },
    } as unknown as EndpointV2;
    return next(args);
  };
}
