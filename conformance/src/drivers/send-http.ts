// Default imports, read at call time: in-process interceptors (msw) patch these module objects, and ESM named
// imports of built-ins would keep the unpatched functions.
import http from "node:http";
import https from "node:https";
import { EndpointUnreachableError } from "../errors/endpoint-unreachable-error.js";
import type { ConnectionSettings } from "./connection-settings.js";

/**
 * A raw HTTP answer.
 *
 * @example
 * const { status, headers, body }: HttpAnswer = await sendHttp(settings, request);
 */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * One HTTP exchange over node:http(s), honouring the TLS settings and the request timeout. Network failures
 * become `EndpointUnreachableError` (an environment problem, reported as `error`, never as a failed case).
 *
 * @example
 * const answer = await sendHttp(settings, { method: "HEAD", url: "http://127.0.0.1:4566/src/", headers: {} });
 */
export function sendHttp(
  settings: ConnectionSettings,
  request: { method: string; url: string; headers: Record<string, string>; body?: Buffer | undefined },
): Promise<HttpAnswer> {
  const url = new URL(request.url);
  const send = url.protocol === "https:" ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: request.method,
        headers: request.headers,
        timeout: settings.requestTimeoutMs,
        ...(url.protocol === "https:" ? settings.tls : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", (error) => reject(new EndpointUnreachableError(request.method, url, error)));
        res.on("end", () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined)
              headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
          }
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${settings.requestTimeoutMs} ms`)));
    req.on("error", (error) => reject(new EndpointUnreachableError(request.method, url, error)));
    req.end(request.body);
  });
}
