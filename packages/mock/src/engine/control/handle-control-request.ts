import type { S3ErrorResponse } from "@s3-inventory/model";
import type { AuthMode } from "../auth/authenticate-request.js";
import type { S3Request, S3Response } from "../http/s3-request.js";
import { mockVersion } from "./mock-version.js";

/**
 * What the control endpoints read from and do to one engine.
 *
 * @internal
 */
export interface ControlContext {
  auth: AuthMode;
  persistent: boolean;
  startedAt: number;
  now(): number;
  counts(): { buckets: number; configurations: number };
  dump(): unknown;
  /** Back to the start-up state; resolves once that is durable. */
  reset(): Promise<void>;
  /** `undefined` when the request may change or read the state (strict mode: a valid signature). */
  authenticate(request: S3Request): S3ErrorResponse | undefined;
}

const ENDPOINTS: Record<string, { method: "GET" | "POST"; guarded: boolean }> = {
  health: { method: "GET", guarded: false },
  state: { method: "GET", guarded: true },
  reset: { method: "POST", guarded: true },
};

/**
 * Answers `GET health`, `POST reset` and `GET state` under `/_s3-inventory/` with JSON. Health is
 * open in every mode (a readiness probe carries no keys and reveals only counts); in strict mode reset
 * and state need a request SigV4-signed with one of the configured credentials, else S3's auth error
 * (as JSON). A wrong method is 405 with `Allow`; an unknown name is 404 listing the endpoints.
 *
 * @internal
 */
export async function handleControlRequest(
  name: string,
  request: S3Request,
  context: ControlContext,
): Promise<S3Response> {
  const endpoint = ENDPOINTS[name];
  if (endpoint === undefined) {
    return json(404, {
      error: "NotFound",
      message: `no such endpoint: use GET /_s3-inventory/health, POST /_s3-inventory/reset or GET /_s3-inventory/state`,
    });
  }
  const method = request.method === "HEAD" ? "GET" : request.method;
  if (method !== endpoint.method) {
    return json(
      405,
      { error: "MethodNotAllowed", message: `use ${endpoint.method} /_s3-inventory/${name}` },
      { allow: endpoint.method === "GET" ? "GET, HEAD" : "POST" },
      request.method,
    );
  }
  if (endpoint.guarded && context.auth === "strict") {
    const error = context.authenticate(request);
    if (error !== undefined) {
      return json(
        error.httpStatus,
        {
          error: error.code,
          message: `strict mode: ${name} needs a request SigV4-signed with one of the --credentials keys (${error.message})`,
        },
        {},
        request.method,
      );
    }
  }
  if (name === "health") {
    const counts = context.counts();
    return json(
      200,
      {
        status: "ok",
        service: "s3-inventory-mock",
        version: mockVersion(),
        uptimeSeconds: Math.max(0, (context.now() - context.startedAt) / 1000),
        buckets: counts.buckets,
        configurations: counts.configurations,
        persistence: context.persistent,
        auth: context.auth,
      },
      {},
      request.method,
    );
  }
  if (name === "state") return json(200, context.dump(), {}, request.method);
  await context.reset();
  return json(200, { status: "reset", ...context.counts() });
}

const encoder = new TextEncoder();

function json(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
  method = "GET",
): S3Response {
  return {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store", ...headers },
    body: method === "HEAD" ? undefined : encoder.encode(`${JSON.stringify(value)}\n`),
  };
}
