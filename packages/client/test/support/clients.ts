import * as sdk from "@aws-sdk/client-s3";
import type { AwsCredentialIdentity } from "@smithy/types";
import * as ours from "../../src/index.js";
import { CaptureHandler, type CannedResponse } from "./capture-handler.js";
import { pinHeaders } from "./pin-headers.js";

process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] = "true";

/** Test credentials: never real, but treated as secrets by the redaction tests. */
export const TEST_CREDENTIALS: AwsCredentialIdentity = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
  sessionToken: "FwoGZXIvYXdzEXAMPLESESSIONTOKEN",
};

/**
 * Our client in us-east-1 with the test credentials over `handler`, plus any other settings.
 */
export function clientOver(
  handler: CaptureHandler,
  config: ours.S3InventoryClientConfig = {},
): ours.S3InventoryClient {
  return new ours.S3InventoryClient({
    region: "us-east-1",
    credentials: TEST_CREDENTIALS,
    requestHandler: handler,
    ...config,
  });
}

/** Client settings shared by both sides of a comparison. */
export interface PairSettings {
  region?: string;
  endpoint?: string;
  forcePathStyle?: boolean;
  maxAttempts?: number;
  credentials?: AwsCredentialIdentity;
  /** Sign with a session token (default) or with long-term keys only. */
  sessionToken?: boolean;
}

/** Our client and the SDK's, configured alike, each over its own in-memory handler with pinned headers. */
export interface ClientPair {
  ours: ours.S3InventoryClient;
  sdk: sdk.S3Client;
  oursHandler: CaptureHandler;
  sdkHandler: CaptureHandler;
  /** The SDK's captured `Failed to construct URL with ...` logs (first argument only), oldest first. */
  sdkConsoleErrors: string[];
}

export function makeClientPair(settings: PairSettings = {}, ...answers: CannedResponse[]): ClientPair {
  const config = {
    region: settings.region ?? "us-east-1",
    credentials:
      settings.credentials ??
      (settings.sessionToken === false ? { ...TEST_CREDENTIALS, sessionToken: undefined } : TEST_CREDENTIALS),
    maxAttempts: settings.maxAttempts ?? 1,
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    ...(settings.forcePathStyle === undefined ? {} : { forcePathStyle: settings.forcePathStyle }),
  };
  const oursHandler = new CaptureHandler(...answers);
  const sdkHandler = new CaptureHandler(...answers);
  const pair = {
    ours: new ours.S3InventoryClient({ ...config, requestHandler: oursHandler }),
    sdk: new sdk.S3Client({ ...config, requestHandler: sdkHandler }),
    oursHandler,
    sdkHandler,
    sdkConsoleErrors: [],
  };
  pinHeaders(pair.ours);
  pinHeaders(pair.sdk);
  return pair;
}

/** Makes both handlers answer with `answers` from now on. */
export function answerBoth(pair: ClientPair, ...answers: CannedResponse[]): ClientPair {
  pair.oursHandler.answerWith(...answers);
  pair.sdkHandler.answerWith(...answers);
  return pair;
}

/** The four operations, by name, as a pair of command constructors. */
export const OPERATIONS = {
  Put: { ours: ours.PutBucketInventoryConfigurationCommand, sdk: sdk.PutBucketInventoryConfigurationCommand },
  Get: { ours: ours.GetBucketInventoryConfigurationCommand, sdk: sdk.GetBucketInventoryConfigurationCommand },
  Delete: {
    ours: ours.DeleteBucketInventoryConfigurationCommand,
    sdk: sdk.DeleteBucketInventoryConfigurationCommand,
  },
  List: {
    ours: ours.ListBucketInventoryConfigurationsCommand,
    sdk: sdk.ListBucketInventoryConfigurationsCommand,
  },
} as const;

export type OperationName = keyof typeof OPERATIONS;

/** Settles a promise into a comparable outcome. */
export async function settle<T>(
  promise: Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

// biome-ignore lint/suspicious/noExplicitAny: one constructor type for four command types.
type AnyCommand = new (input: object) => any;

/** Sends the same input through both clients. */
export async function sendBoth(pair: ClientPair, operation: OperationName, input: object) {
  const { ours: Ours, sdk: Sdk } = OPERATIONS[operation] as { ours: AnyCommand; sdk: AnyCommand };
  const oursResult = await settle(pair.ours.send(new Ours(input)));
  const sdkResult = await withSdkConsoleCaptured(pair, () => settle(pair.sdk.send(new Sdk(input))));
  return { oursResult, sdkResult };
}

/**
 * What @smithy/core's endpoint resolver prints before it throws: for a virtual-hosted name on an IPv6
 * or IPv4 endpoint (`http://bucket.[::1]:9000/`) the SDK builds a URL that `new URL` refuses, logs
 * `Failed to construct URL with ...` and the ERR_INVALID_URL stack with `console.error`, then rejects.
 * The rejection is what the tests compare; the log is noise in `pnpm test`.
 */
const SDK_INVALID_URL_LOG = /^Failed to construct URL with /;

/**
 * Runs `send` with `console.error` captured: the SDK's invalid-URL log (see above) goes to
 * `pair.sdkConsoleErrors` instead of stderr; anything else still reaches the real `console.error`.
 * Safe because a test awaits each send before the next one starts.
 */
async function withSdkConsoleCaptured<T>(pair: ClientPair, send: () => Promise<T>): Promise<T> {
  const original = console.error;
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === "string" && SDK_INVALID_URL_LOG.test(args[0])) pair.sdkConsoleErrors.push(args[0]);
    else original(...args);
  };
  try {
    return await send();
  } finally {
    console.error = original;
  }
}
