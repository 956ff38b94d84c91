import type { InventoryMockEngine } from "../engine/inventory-mock-engine.js";
import type { InventoryMockOptions } from "../engine/inventory-mock-options.js";
import type { S3Request, S3Response } from "../engine/http/s3-request.js";

/**
 * Answers one request in the server's place: usually a wrapper that changes what the engine answers
 * (a test of a client against a misbehaving endpoint), calling `engine.handle` for the rest. It may
 * throw: the server then answers 500 InternalError.
 *
 * @example
 * ```ts
 * const put200: MockServerHandler = async (request, engine) => {
 *   const response = await engine.handle(request);
 *   return request.method === "PUT" && response.status === 204 ? { ...response, status: 200 } : response;
 * };
 * ```
 * @public
 */
export type MockServerHandler = (request: S3Request, engine: InventoryMockEngine) => Promise<S3Response>;

/**
 * Options of `startMockServer`: the engine's (or an engine of your own), plus where to listen, where
 * to persist, TLS, and an optional wrapper around the engine.
 *
 * @example
 * ```ts
 * import { createInventoryMockEngine } from "@s3-inventory/mock";
 * import type { MockServerOptions } from "@s3-inventory/mock/server";
 *
 * const options: MockServerOptions = { port: 0, buckets: ["src"], dataDir: "/tmp/s3-mock" };
 * const shared: MockServerOptions = { engine: createInventoryMockEngine({ buckets: ["src"] }) };
 * ```
 * @public
 */
export interface MockServerOptions extends InventoryMockOptions {
  /** Default `127.0.0.1`. */
  host?: string | undefined;
  /** Default 0: any free port. */
  port?: number | undefined;
  /** Persist state here: every acknowledged write survives a crash. In memory when omitted. */
  dataDir?: string | undefined;
  /**
   * Serve this engine instead of creating one, e.g. to share it with msw handlers or to inspect its
   * state from the test. Its own options apply: the engine options given here are ignored, except
   * `maxBodyBytes`, which the server applies while reading. `dataDir` cannot be combined with it (a
   * `TypeError`). `close()` leaves its state alone.
   */
  engine?: InventoryMockEngine | undefined;
  /** Answers every request in place of `engine.handle` (see {@link MockServerHandler}). */
  handler?: MockServerHandler | undefined;
  /**
   * Receives the one line saying what the journal held at start (records kept, damage dropped, where
   * the original was saved when it was rewritten). Default: written to stderr.
   */
  log?: ((line: string) => void) | undefined;
  /**
   * Request-body bytes all connections may hold at once; a body that would go over gets 503
   * SlowDown. Default 128 MiB (`DEFAULT_MAX_BUFFERED_BODY_BYTES`).
   */
  maxBufferedBodyBytes?: number | undefined;
  /**
   * A client that has not sent its whole header section this long after connecting gets 400
   * RequestTimeout and is disconnected. Default 10,000 ms.
   */
  headersTimeoutMs?: number | undefined;
  /** Same for a whole request, body included. Default 30,000 ms. */
  requestTimeoutMs?: number | undefined;
  /** Serve HTTPS with this PEM key and certificate (`url` then starts with `https://`). */
  tls?: { key: string | Buffer; cert: string | Buffer } | undefined;
}
