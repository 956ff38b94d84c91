import { s3EndpointUrl } from "@s3-inventory/model";

/**
 * AWS credentials as the SDK's credential providers return them.
 *
 * @internal
 */
export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/**
 * How every driver reaches the endpoint: the same settings for our client, the SDK and raw requests, so that
 * `--client sdk` changes the client and nothing else.
 *
 * @internal
 */
export interface ConnectionSettings {
  /** Base URL of the endpoint; undefined means real S3 (the model's `s3EndpointUrl(region)`). */
  endpoint: string | undefined;
  region: string;
  forcePathStyle: boolean;
  credentials: Credentials;
  tls: { rejectUnauthorized: boolean; ca?: string };
  /** Longest time for one exchange, connect to last body byte, so a hanging endpoint cannot hang the run. */
  requestTimeoutMs: number;
  /** Most body bytes read from one answer (`--max-response-bytes`); past it the step is `error`. */
  maxResponseBytes: number;
}

/**
 * The base URL of requests to `bucket` (ends without a slash), by the addressing style of the settings.
 *
 * @internal
 */
export function bucketBaseUrl(settings: ConnectionSettings, bucket: string): string {
  const base = new URL(settings.endpoint ?? s3EndpointUrl(settings.region));
  if (settings.forcePathStyle) {
    const path = base.pathname.replace(/\/$/, "");
    return `${base.protocol}//${base.host}${path}/${encodeURIComponent(bucket)}`;
  }
  return `${base.protocol}//${bucket}.${base.host}${base.pathname.replace(/\/$/, "")}`;
}
