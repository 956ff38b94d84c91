import { STATUS_CODES } from "node:http";
import type { S3Response } from "../engine/http/s3-request.js";

/**
 * An engine answer as the bytes of an HTTP/1.1 response that closes the connection, for a socket
 * node:http no longer manages (an unparsable request) or must not close by itself (a refused body
 * still arriving).
 *
 * @internal
 */
export function rawHttpResponse(response: S3Response): Buffer {
  const body = Buffer.from(response.body ?? new Uint8Array());
  const head = [
    `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? "Error"}`,
    ...Object.entries(response.headers).map(([name, value]) => `${name}: ${value}`),
    `content-length: ${body.byteLength}`,
    "connection: close",
    "",
    "",
  ].join("\r\n");
  return Buffer.concat([Buffer.from(head, "latin1"), body]);
}
