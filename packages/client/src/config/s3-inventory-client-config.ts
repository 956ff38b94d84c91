import type { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import type { SmithyResolvedConfiguration } from "@smithy/smithy-client";
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  Endpoint,
  HttpHandlerOptions,
  Logger,
  Provider,
  RequestHandler,
  RetryStrategyV2,
} from "@smithy/types";

/**
 * Options of the built-in Node.js HTTP handler, for `requestHandler` (as with the SDK).
 * @example
 * ```ts
 * new S3InventoryClient({ region: "us-east-1", requestHandler: { requestTimeout: 5_000 } });
 * ```
 * @public
 */
export interface HttpHandlerSettings {
  /** Milliseconds to wait for the connection. */
  connectionTimeout?: number;
  /** Milliseconds a request may take before it fails with a retryable `TimeoutError`. */
  requestTimeout?: number;
  /**
   * Whether exceeding `requestTimeout` fails the request. Default `true` here; the SDK's default,
   * `false`, only logs a warning and keeps waiting.
   */
  throwOnRequestTimeout?: boolean;
}

/**
 * What an `S3Client` user passes, restricted to what the inventory operations use. Every name and type
 * matches `S3ClientConfig` of @aws-sdk/client-s3, so the same object configures both.
 *
 * @example
 * ```ts
 * const config: S3InventoryClientConfig = {
 *   region: "eu-west-1",
 *   credentials: { accessKeyId: "AKIA...", secretAccessKey: "..." },
 *   maxAttempts: 5,
 * };
 * ```
 * @public
 */
export interface S3InventoryClientConfig {
  /** The AWS region, e.g. `us-east-1` (or a function returning it). Required: there is no default. */
  region?: string | Provider<string> | undefined;
  /**
   * Static credentials or a provider of them. Without it, the client reads `AWS_ACCESS_KEY_ID`,
   * `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`; when they are not set, it loads the SDK's chain
   * (profiles, SSO, instance roles) from `@aws-sdk/credential-provider-node` if that is installed, and
   * otherwise fails with a `CredentialsNotFoundError` that names both fixes.
   */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined;
  /**
   * A custom endpoint, e.g. `http://localhost:4566` for a local mock. Without it, the client takes
   * `AWS_ENDPOINT_URL_S3`, else `AWS_ENDPOINT_URL`, as the SDK does (not the config file's `endpoint_url`).
   */
  endpoint?: string | Endpoint | Provider<string | Endpoint> | undefined;
  /** Ignore `AWS_ENDPOINT_URL_S3` and `AWS_ENDPOINT_URL` (as the SDK's option). Default `false`. */
  ignoreConfiguredEndpointUrls?: boolean | undefined;
  /** Always put the bucket in the path (`host/bucket/`) instead of the host name. Default `false`. */
  forcePathStyle?: boolean | undefined;
  /** Attempts per command, first one included. Default 3 (the SDK's standard retry mode). */
  maxAttempts?: number | Provider<number> | undefined;
  /** A Smithy retry strategy replacing the standard one (e.g. `ConfiguredRetryStrategy` from `@smithy/util-retry`). */
  retryStrategy?: RetryStrategyV2 | undefined;
  /**
   * Any Smithy `HttpHandler` (tests can capture requests with it), or options of the built-in Node.js
   * one. Typed structurally, as the SDK's resolved config types it: anything with Smithy's `handle`.
   * (Naming a type argument, as in `HttpHandler<HttpHandlerOptions>`, would refuse every handler
   * configured otherwise, e.g. NodeHttpHandler: that argument is the handler's own configuration type.)
   */
  requestHandler?:
    | RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions>
    | HttpHandlerSettings
    | undefined;
  /** Milliseconds a request may take before it fails (shorthand for `requestHandler: { requestTimeout }`). */
  requestTimeout?: number | undefined;
  /** Receives one `info` entry per command and one `error` entry per failure; secrets are never in them. */
  logger?: Logger | undefined;
  /** Milliseconds to add to the local clock when signing; corrected automatically when S3 reports skew. */
  systemClockOffset?: number | undefined;
  /**
   * Reuse each command's resolved middleware stack (as the SDK's option); faster, but middleware added
   * to the client after its first request is then ignored. Default `false`.
   */
  cacheMiddleware?: boolean | undefined;
}

/**
 * The configuration after defaults are applied: every field a middleware reads.
 * @example
 * ```ts
 * const client = new S3InventoryClient({ region: "us-east-1" });
 * const region = await client.config.region();
 * ```
 * @public
 */
export interface S3InventoryClientResolvedConfig extends SmithyResolvedConfiguration<HttpHandlerOptions> {
  region: Provider<string | undefined>;
  credentials: AwsCredentialIdentityProvider;
  endpoint: Provider<string | undefined>;
  forcePathStyle: boolean;
  maxAttempts: Provider<number>;
  retryStrategy: Provider<RetryStrategyV2>;
  requestHandler: RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions>;
  logger: Logger;
  /** Mutable: the signer corrects it when S3 reports clock skew, as the SDK does. */
  systemClockOffset: number;
}
