import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { isIP } from "node:net";
import { createInventoryMockEngine, type InventoryMockEngine } from "../engine/inventory-mock-engine.js";
import { DEFAULT_MAX_BODY_BYTES } from "../engine/inventory-mock-options.js";
import type { S3Response } from "../engine/http/s3-request.js";
import type { MockServerOptions } from "./mock-server-options.js";
import { openPersistentEngine } from "./open-persistent-engine.js";
import { createBodyByteBudget, DEFAULT_MAX_BUFFERED_BODY_BYTES } from "./body-byte-budget.js";
import { rawHttpResponse } from "./raw-http-response.js";
import { hasNoBody, readRequestBody } from "./read-request-body.js";
import { refuseOversizedBody } from "./refuse-oversized-body.js";
import { createResponseBatch } from "./response-batch.js";

/**
 * A running mock server.
 *
 * @example
 * ```ts
 * const server: MockServer = await startMockServer();
 * server.url; // "http://127.0.0.1:40123"
 * await server.close();
 * ```
 * @public
 */
export interface MockServer {
  /** `http://host:port`, to give clients as their endpoint. */
  url: string;
  port: number;
  engine: InventoryMockEngine;
  /** Stops accepting, closes open connections, and syncs and closes the journal. */
  close(): Promise<void>;
}

/**
 * Starts the engine behind a node:http server (node:https with `tls`). `Expect: 100-continue` is answered (or refused early
 * when the announced body is over the cap); over-long header sections and unparsable requests get an
 * S3 `<Error>` instead of a dropped socket; slow clients are timed out.
 *
 * @example
 * ```ts
 * import { S3Client } from "@aws-sdk/client-s3";
 * import { createInventoryMockEngine } from "@s3-inventory/mock";
 * import { startMockServer } from "@s3-inventory/mock/server";
 *
 * const credentials = { accessKeyId: "test", secretAccessKey: "test" };
 *
 * const server = await startMockServer({ buckets: ["src"] });
 * const s3 = new S3Client({ endpoint: server.url, forcePathStyle: true, region: "us-east-1", credentials });
 * // ... tests ...
 * await server.close();
 *
 * // Your own engine, behind a wrapper that breaks one behaviour:
 * const engine = createInventoryMockEngine({ buckets: ["src"] });
 * const broken = await startMockServer({
 *   engine,
 *   handler: async (request, engine) => ({ ...(await engine.handle(request)), status: 200 }),
 * });
 * ```
 * @public
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? "127.0.0.1";
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const budget = createBodyByteBudget(options.maxBufferedBodyBytes ?? DEFAULT_MAX_BUFFERED_BODY_BYTES);
  const endpointHostnames = options.endpointHostnames ?? [
    "localhost",
    ...(isIP(host) === 0 && host !== "localhost" ? [host.toLowerCase()] : []),
  ];

  if (options.engine !== undefined && options.dataDir !== undefined) {
    throw new TypeError(
      "startMockServer: give either `engine` or `dataDir`, not both (persist with the engine's own journal)",
    );
  }
  let closePersistence: (() => Promise<void>) | undefined;
  let engine: InventoryMockEngine;
  if (options.engine !== undefined) {
    engine = options.engine;
  } else if (options.dataDir !== undefined) {
    const persistent = await openPersistentEngine(options.dataDir, { ...options, endpointHostnames });
    (options.log ?? ((line) => process.stderr.write(`${line}\n`)))(persistent.summary);
    engine = persistent.engine;
    closePersistence = persistent.close;
  } else {
    engine = createInventoryMockEngine({ ...options, endpointHostnames });
  }
  await engine.ready;
  const handler = options.handler;
  const scheme = options.tls ? "https" : "http";

  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const serverOptions = {
    requestTimeout,
    headersTimeout,
    keepAliveTimeout: 5_000,
    // node:http checks both timeouts only this often (default every 30 s, which made a 10 s header
    // timeout fire after ~30 s and a 30 s request timeout after ~60 s): check often enough that each
    // fires within a tenth of its value (at least every second).
    connectionsCheckingInterval: Math.max(
      50,
      Math.min(1000, Math.floor(Math.min(headersTimeout, requestTimeout) / 10)),
    ),
  };
  const server = options.tls
    ? createTlsServer({ ...serverOptions, key: options.tls.key, cert: options.tls.cert })
    : createServer(serverOptions);
  let port = options.port ?? 0;

  // A transport failure (a header node:http refuses, a socket gone) must never take the process down.
  const failed = (res: ServerResponse): void => {
    if (!res.headersSent) send(res, engine.reject("InternalError", res.req.method), true);
    else res.destroy();
  };
  const answers = createResponseBatch((res, response) => send(res, response, false), failed);

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? "GET";
    const body = hasNoBody(req) ? undefined : await readRequestBody(req, maxBodyBytes, budget);
    if (body === "too-large") {
      refuseOversizedBody(req, engine.reject("MaxMessageLengthExceeded", method));
      return;
    }
    if (body === "over-budget") {
      // The server holds its cap of body bytes: SlowDown, the model's catalogue says why (a choice).
      refuseOversizedBody(req, engine.reject("SlowDown", method));
      return;
    }
    if (body === "aborted") return;
    try {
      await answer(req, res, method, body?.bytes);
    } finally {
      body?.release();
    }
  };
  const answer = async (
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    body: Uint8Array | undefined,
  ): Promise<void> => {
    // node:http already lower-cases names and joins repeats with ", "; only Set-Cookie stays an array.
    const headers = req.headers as Record<string, string>;
    const cookie = req.headers["set-cookie"];
    if (cookie !== undefined) headers["set-cookie"] = cookie.join(",");
    const authority = req.headers.host ?? `${host}:${port}`;
    const request = { method, url: `${scheme}://${authority}${req.url ?? "/"}`, headers, body };
    const response = handler ? await handler(request, engine) : await engine.handle(request);
    answers.queue(res, response);
  };
  const serveSafely = (req: IncomingMessage, res: ServerResponse): void => {
    serve(req, res).catch(() => failed(res));
  };
  server.on("request", serveSafely);
  server.on("checkContinue", (req, res) => {
    if (Number(req.headers["content-length"] ?? 0) > maxBodyBytes) {
      // Refused before the body; a client that sends it anyway still reads the answer.
      refuseOversizedBody(req, engine.reject("MaxMessageLengthExceeded", req.method));
      return;
    }
    res.writeContinue();
    serveSafely(req, res);
  });
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const code =
      error.code === "HPE_HEADER_OVERFLOW"
        ? "RequestHeaderSectionTooLarge"
        : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? "RequestTimeout"
          : "InvalidRequest";
    socket.end(rawHttpResponse(engine.reject(code, "GET")));
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    await closePersistence?.();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  const urlHost = isIP(host) === 6 ? `[${host}]` : host;

  return {
    url: `${scheme}://${urlHost}:${port}`,
    port,
    engine,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await closePersistence?.();
    },
  };
}

function send(res: ServerResponse, response: S3Response, closeConnection: boolean): void {
  if (res.headersSent) return;
  // Every engine answer carries its own headers object, so it is completed in place.
  const headers = response.headers;
  if (response.status !== 204 && response.status !== 304) {
    headers["content-length"] = String(response.body?.byteLength ?? 0);
  }
  if (closeConnection) headers["connection"] = "close";
  res.writeHead(response.status, headers);
  res.end(response.body);
  if (closeConnection) res.once("finish", () => res.socket?.destroySoon());
}
