import { withAttemptDeadline } from "../protocol/attempt-deadline-handler.js";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { NoOpLogger } from "@smithy/smithy-client";
import type { Endpoint, Provider, RetryStrategyV2 } from "@smithy/types";
import { StandardRetryStrategy } from "@smithy/util-retry";
import { endpointFromEnvironment } from "./endpoint-from-environment.js";
import { defaultCredentials } from "./default-credentials.js";
import { memoizeCredentials } from "./memoize-credentials.js";
import type {
  HttpHandlerSettings,
  S3InventoryClientConfig,
  S3InventoryClientResolvedConfig,
} from "./s3-inventory-client-config.js";

/**
 * Applies the SDK's defaults to what the user passed: standard retry with 3 attempts, the Node.js HTTP
 * handler, no logging, credentials from the environment or the SDK's chain (when installed), the
 * endpoint from `AWS_ENDPOINT_URL_S3` / `AWS_ENDPOINT_URL` when none is passed.
 * @internal
 */
export function resolveClientConfig(config: S3InventoryClientConfig): S3InventoryClientResolvedConfig {
  rejectUnsupportedEndpointOptions(config);
  const maxAttempts = toProvider(config.maxAttempts ?? DEFAULT_MAX_ATTEMPTS) as Provider<number>;
  // The SDK's standard mode: 3 attempts, exponential backoff with full jitter (base 50 ms, 1 s for
  // throttling), a retry-token bucket; its classification of errors is the retry middleware's.
  const retryStrategy: RetryStrategyV2 = config.retryStrategy ?? new StandardRetryStrategy(maxAttempts);
  return {
    apiVersion: "2006-03-01",
    region: toProvider(config.region),
    credentials: memoizeCredentials(config.credentials ?? defaultCredentials()),
    endpoint: endpointProvider(config),
    forcePathStyle: config.forcePathStyle ?? false,
    maxAttempts,
    retryStrategy: async () => retryStrategy,
    requestHandler: resolveRequestHandler(config),
    logger: config.logger ?? new NoOpLogger(),
    systemClockOffset: config.systemClockOffset ?? 0,
    cacheMiddleware: config.cacheMiddleware ?? false,
  };
}

// The SDK's default (standard retry mode, @smithy/util-retry DEFAULT_MAX_ATTEMPTS).
const DEFAULT_MAX_ATTEMPTS = 3;

function toProvider<T>(value: T | Provider<T> | undefined): Provider<T | undefined> {
  if (typeof value === "function") return value as Provider<T>;
  return async () => value;
}

function endpointProvider(config: S3InventoryClientConfig): Provider<string | undefined> {
  // As the SDK: an explicit endpoint wins; otherwise the environment, read at the first request and
  // kept for the client's life, unless `ignoreConfiguredEndpointUrls`.
  if (config.endpoint === undefined) {
    if (config.ignoreConfiguredEndpointUrls) return async () => undefined;
    let fromEnvironment: { url: string | undefined } | undefined;
    return async () => {
      fromEnvironment ??= { url: endpointFromEnvironment(process.env) };
      return fromEnvironment.url;
    };
  }
  const provider = toProvider<string | Endpoint>(config.endpoint);
  return async () => {
    const value = await provider();
    if (value === undefined || typeof value === "string") return value;
    // An SDK `Endpoint` object, turned into a URL the way @smithy/core's `parseURL` does.
    const port = value.port ? `:${value.port}` : "";
    return `${value.protocol}//${value.hostname}${port}${value.path ?? ""}`;
  };
}

function resolveRequestHandler(
  config: S3InventoryClientConfig,
): S3InventoryClientResolvedConfig["requestHandler"] {
  const handler = config.requestHandler;
  if (handler && "handle" in handler && typeof handler.handle === "function") {
    // A handler of the caller's own keeps its settings; `requestTimeout` given next to it still bounds each attempt.
    return config.requestTimeout === undefined
      ? handler
      : withAttemptDeadline(handler, config.requestTimeout);
  }
  const { requestTimeout, ...settings }: HttpHandlerSettings = {
    ...(handler as HttpHandlerSettings | undefined),
  };
  const timeoutMs = requestTimeout ?? config.requestTimeout;
  // A timeout that fails (and is retried) rather than the SDK's warning-only default; and one that covers the
  // whole attempt, body included, not only an idle socket. `throwOnRequestTimeout: false` keeps the SDK's way.
  if (timeoutMs === undefined) return new NodeHttpHandler(settings);
  if (settings.throwOnRequestTimeout === false)
    return new NodeHttpHandler({ ...settings, requestTimeout: timeoutMs });
  return withAttemptDeadline(new NodeHttpHandler(settings), timeoutMs);
}

// S3Client options that change where requests go. Ignoring one would send, say, FIPS-bound traffic to the
// standard endpoint, so an SDK config that sets one is refused with what to do instead.
const UNSUPPORTED_ENDPOINT_OPTIONS = [
  "useFipsEndpoint",
  "useDualstackEndpoint",
  "useAccelerateEndpoint",
] as const;

function rejectUnsupportedEndpointOptions(config: S3InventoryClientConfig): void {
  for (const option of UNSUPPORTED_ENDPOINT_OPTIONS) {
    if ((config as Record<string, unknown>)[option] === true) {
      throw new Error(
        `S3InventoryClient does not support \`${option}\`: pass the endpoint you need as \`endpoint\` ` +
          "(e.g. https://s3-fips.us-east-1.amazonaws.com), or use S3Client from @aws-sdk/client-s3.",
      );
    }
  }
}
