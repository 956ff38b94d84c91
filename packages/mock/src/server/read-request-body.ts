import type { IncomingMessage } from "node:http";

/**
 * Reads a request body of at most `maxBytes`. Answers `"too-large"` as soon as the announced length
 * or the bytes received go over (the rest is not read), `"aborted"` when the client went away, and
 * `undefined` for an empty body.
 *
 * @example
 * ```ts
 * const body = await readRequestBody(req, 1024 * 1024);
 * if (body === "too-large") answer("MaxMessageLengthExceeded");
 * ```
 */
export function readRequestBody(
  req: IncomingMessage,
  maxBytes: number,
): Promise<Uint8Array | undefined | "too-large" | "aborted"> {
  if (Number(req.headers["content-length"] ?? 0) > maxBytes) return Promise.resolve("too-large");
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: Uint8Array | undefined | "too-large" | "aborted"): void => {
      if (done) return;
      done = true;
      resolve(value);
    };
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.byteLength;
      if (size > maxBytes) {
        req.pause();
        finish("too-large");
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => finish(size === 0 ? undefined : Buffer.concat(chunks, size)));
    req.on("error", () => finish("aborted"));
    req.on("aborted", () => finish("aborted"));
    req.on("close", () => finish(size === 0 && req.complete ? undefined : "aborted"));
  });
}

/**
 * Whether a request announces no body at all (the usual GET, HEAD and DELETE); such a request is
 * drained and served without waiting for its end.
 *
 * @example
 * ```ts
 * const body = hasNoBody(req) ? undefined : await readRequestBody(req, limit);
 * ```
 */
export function hasNoBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  if ((length === undefined || length === "0") && req.headers["transfer-encoding"] === undefined) {
    req.resume();
    return true;
  }
  return false;
}
