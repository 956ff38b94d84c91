import type { ConnectionSettings } from "./connection-settings.js";
import { createHttpHandler } from "./http-handler.js";

/**
 * The configuration both drivers give their client (ours takes the SDK's config names), so `--client sdk` changes
 * the client and nothing else: one attempt per request, since a conformance run reports the endpoint's first
 * answer, not a retried one.
 *
 * @internal
 */
export function clientConfig(settings: ConnectionSettings) {
  return {
    region: settings.region,
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    // The runner resolved AWS_ENDPOINT_URL(_S3) itself; the client must not redirect the raw requests' target.
    ignoreConfiguredEndpointUrls: true,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    maxAttempts: 1,
    requestHandler: createHttpHandler(settings),
  };
}
