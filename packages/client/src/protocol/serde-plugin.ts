import type { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import type {
  DeserializeMiddleware,
  Endpoint,
  EndpointV2,
  HandlerExecutionContext,
  MetadataBearer,
  Pluggable,
  SerializeMiddleware,
} from "@smithy/types";
import type { S3InventoryClientResolvedConfig } from "../config/s3-inventory-client-config.js";
import { getEndpointPlugin } from "../endpoint/endpoint-middleware.js";
import { responseMetadata } from "./response-metadata.js";

/**
 * A command's serializer and deserializer (what the generated SDK commands give to `.ser()` and `.de()`).
 * @internal
 */
export interface SerdeFunctions {
  serialize: (input: never, context: { endpoint: () => Promise<Endpoint> }) => Promise<HttpRequest>;
  deserialize: (response: HttpResponse) => Promise<MetadataBearer>;
}

/**
 * The middleware every inventory command adds to the client's: endpoint resolution, then the serde
 * plugin around its serializer and deserializer.
 * @internal
 */
export function commandPlugins<Input extends object, Output extends MetadataBearer>(
  serde: SerdeFunctions,
  config: S3InventoryClientResolvedConfig,
): Pluggable<Input, Output>[] {
  return [getSerdePlugin<Input, Output>(serde), getEndpointPlugin<Input, Output>(config)];
}

/**
 * The serde plugin: `serializerMiddleware` (serialize step) and `deserializerMiddleware` (deserialize
 * step), with the names, steps and error decoration of @smithy/middleware-serde's. Written here because
 * that package's serializer reaches the endpoint-rules machinery through `@smithy/core/endpoints`
 * (5.7 KB gzip in a bundle), which this client does not use: its endpoint is resolved beforehand and
 * read from `context.endpointV2`.
 * @internal
 */
export function getSerdePlugin<Input extends object, Output extends MetadataBearer>(
  serde: SerdeFunctions,
): Pluggable<Input, Output> {
  const serializer: SerializeMiddleware<Input, Output> = (next, context) => async (args) => {
    const endpoint = toEndpoint(context);
    const request = await serde.serialize(args.input as never, { endpoint: async () => endpoint });
    return next({ ...args, request });
  };
  const deserializer: DeserializeMiddleware<Input, Output> = (next) => async (args) => {
    const { response } = await next(args);
    try {
      return { response, output: (await serde.deserialize(response as HttpResponse)) as Output };
    } catch (error) {
      throw decorateDeserializationError(error, response as HttpResponse);
    }
  };
  return {
    applyToStack(stack) {
      stack.add(deserializer, {
        name: "deserializerMiddleware",
        step: "deserialize",
        tags: ["DESERIALIZER"],
        override: true,
      });
      stack.add(serializer, {
        name: "serializerMiddleware",
        step: "serialize",
        tags: ["SERIALIZER"],
        override: true,
      });
    },
  };
}

function toEndpoint(context: HandlerExecutionContext): Endpoint {
  const url = (context.endpointV2 as EndpointV2 | undefined)?.url;
  if (!url) throw new Error("No valid endpoint provider available.");
  return {
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
  };
}

/** As @smithy/middleware-serde: the response stays reachable (hidden) on every error for debugging. */
function decorateDeserializationError(error: unknown, response: HttpResponse): unknown {
  if (typeof error !== "object" || error === null) return error;
  Object.defineProperty(error, "$response", {
    value: response,
    enumerable: false,
    writable: false,
    configurable: false,
  });
  if (!("$metadata" in error)) {
    // A body that could not be read (e.g. a malformed document in a 2xx): say where the raw answer is.
    const failure = error as Error & { $metadata?: unknown };
    failure.message +=
      "\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";
    failure.$metadata = responseMetadata(response);
  }
  return error;
}
