import { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import type { FinalizeRequestMiddleware, HandlerExecutionContext, Pluggable } from "@smithy/types";
import type { S3InventoryClientResolvedConfig } from "../config/s3-inventory-client-config.js";
import type { SigV4AuthScheme } from "../endpoint/endpoint-middleware.js";
import { S3RequestSigner } from "./s3-request-signer.js";

// S3 rejects a signature more than 15 minutes off; the SDK corrects its clock offset as soon as the server's
// `Date` (or an error's `<ServerTime>`) is 5 minutes or more away (@aws-sdk/core `AwsSdkSigV4Signer`,
// `getUpdatedSystemClockOffset`). Same threshold here.
const CLOCK_SKEW_THRESHOLD_MS = 300_000;

/**
 * Signs every attempt with SigV4 (after the retry middleware, so each attempt gets a fresh date and its
 * own `amz-sdk-request`), for the service and region the endpoint carries (`s3`, or `s3express` for
 * directory buckets), and corrects the clock offset from the server's time as the SDK does.
 * @internal
 */
export function getSigningPlugin<Input extends object, Output extends object>(
  config: S3InventoryClientResolvedConfig,
): Pluggable<Input, Output> {
  const signer = new S3RequestSigner(config.credentials);
  return {
    applyToStack(stack) {
      stack.addRelativeTo(signingMiddleware<Input, Output>(config, signer), {
        name: "httpSigningMiddleware",
        relation: "after",
        toMiddleware: "retryMiddleware",
        override: true,
      });
    },
  };
}

function signingMiddleware<Input extends object, Output extends object>(
  config: S3InventoryClientResolvedConfig,
  signer: S3RequestSigner,
): FinalizeRequestMiddleware<Input, Output> {
  return (next, context: HandlerExecutionContext) => async (args) => {
    if (!HttpRequest.isInstance(args.request)) return next(args);
    const scheme = context.endpointV2?.properties?.["authSchemes"] as SigV4AuthScheme[] | undefined;
    const signed = await signer.sign(args.request, {
      signingDate: new Date(Date.now() + config.systemClockOffset),
      signingRegion: scheme?.[0]?.signingRegion ?? "us-east-1",
      signingService: scheme?.[0]?.signingName ?? "s3",
    });
    try {
      const result = await next({ ...args, request: signed });
      correctClock(config, dateHeader(result.response));
      return result;
    } catch (error) {
      const failure = error as {
        ServerTime?: string;
        $response?: unknown;
        $metadata?: Record<string, unknown>;
      };
      const before = config.systemClockOffset;
      correctClock(config, failure.ServerTime ?? dateHeader(failure.$response));
      // A corrected clock makes the error retryable (@smithy/core `isClockSkewCorrectedError`).
      if (config.systemClockOffset !== before && failure.$metadata)
        failure.$metadata["clockSkewCorrected"] = true;
      throw error;
    }
  };
}

function dateHeader(response: unknown): string | undefined {
  if (!HttpResponse.isInstance(response)) return undefined;
  return response.headers["date"] ?? response.headers["Date"];
}

function correctClock(config: S3InventoryClientResolvedConfig, serverTime: string | undefined): void {
  if (!serverTime) return;
  const server = Date.parse(serverTime);
  if (Number.isNaN(server)) return;
  if (Math.abs(Date.now() + config.systemClockOffset - server) >= CLOCK_SKEW_THRESHOLD_MS) {
    config.systemClockOffset = server - Date.now();
  }
}
