// Default imports, read at call time: in-process interceptors (msw) patch these module objects, and ESM named
// imports of built-ins would keep the unpatched functions.
import http from "node:http";
import https from "node:https";
import { EndpointUnreachableError } from "../errors/endpoint-unreachable-error.js";
import { BoundedExchange } from "./bounded-exchange.js";
import type { ConnectionSettings } from "./connection-settings.js";

/**
 * A raw HTTP answer.
 *
 * @internal
 */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * One HTTP exchange over node:http(s), honouring the TLS settings and held to the run's bounds: the whole
 * exchange (connect to last body byte) ends within `requestTimeoutMs`, the body is read up to
 * `maxResponseBytes` and no further, and `signal` (a case timeout, an interrupt) stops it at once. Network
 * failures become `EndpointUnreachableError`; a bound that stops the exchange is its own error
 * (`NoCompleteAnswerError`, `AnswerTooLargeError`). Either way the step is `error`, never a failed case.
 *
 * @internal
 */
export function sendHttp(
  settings: ConnectionSettings,
  request: { method: string; url: string; headers: Record<string, string>; body?: Buffer | undefined },
  signal?: AbortSignal,
): Promise<HttpAnswer> {
  const url = new URL(request.url);
  const send = url.protocol === "https:" ? https.request : http.request;
  const exchange = new BoundedExchange(settings, signal);
  return new Promise((resolve, reject) => {
    const fail = (error: Error): void => {
      exchange.finish();
      reject(exchange.failure ?? new EndpointUnreachableError(request.method, url, error));
    };
    const req = send(
      url,
      {
        method: request.method,
        headers: request.headers,
        signal: exchange.signal,
        ...(url.protocol === "https:" ? settings.tls : {}),
      },
      (res) => {
        let chunks: Buffer[] = [];
        let total = 0;
        res.on("data", (chunk: Buffer) => {
          total += chunk.length;
          exchange.accept(total);
          // Past the cap the bytes read so far are dropped at once: memory stays bounded.
          if (exchange.failure) chunks = [];
          else chunks.push(chunk);
        });
        res.on("error", fail);
        // A connection that closes before the body ends (a destroyed socket) rejects too, never hangs.
        res.on("close", () => {
          if (!res.complete)
            fail(exchange.failure ?? new Error("the connection closed before the answer ended"));
        });
        res.on("end", () => {
          if (exchange.failure) return fail(exchange.failure);
          exchange.finish();
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined)
              headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
          }
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
      },
    );
    // The abort reaches the request before the answer and the response stream after it.
    exchange.signal.addEventListener("abort", () => req.destroy(exchange.failure), { once: true });
    req.on("error", fail);
    req.end(request.body);
  });
}
