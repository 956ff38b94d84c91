import type { IncomingMessage } from "node:http";
import type { BodyByteBudget } from "./body-byte-budget.js";

/**
 * A body read whole, with the budget bytes it holds until `release()` (call it once answered).
 *
 * @internal
 */
export interface ReadBody {
  bytes: Uint8Array | undefined;
  release(): void;
}

/**
 * Reads a request body of at most `maxBytes`, charging every byte to `budget`. Answers `"too-large"`
 * as soon as the announced length or the bytes received go over `maxBytes`, `"over-budget"` when the
 * server already holds its cap of body bytes, `"aborted"` when the client went away (the rest is not
 * read and nothing stays charged in those three cases).
 *
 * @internal
 */
export function readRequestBody(
  req: IncomingMessage,
  maxBytes: number,
  budget: BodyByteBudget,
): Promise<ReadBody | "too-large" | "over-budget" | "aborted"> {
  const announced = Number(req.headers["content-length"] ?? 0);
  if (announced > maxBytes) return Promise.resolve("too-large");
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: ReadBody | "too-large" | "over-budget" | "aborted"): void => {
      if (done) return;
      done = true;
      if (typeof value === "string") {
        budget.release(size);
        req.pause();
      }
      resolve(value);
    };
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      if (size + chunk.byteLength > maxBytes) return finish("too-large");
      if (!budget.take(chunk.byteLength)) return finish("over-budget");
      size += chunk.byteLength;
      chunks.push(chunk);
    });
    req.on("end", () => {
      const held = size;
      let released = false;
      finish({
        bytes: size === 0 ? undefined : Buffer.concat(chunks, size),
        release: () => {
          if (!released) budget.release(held);
          released = true;
        },
      });
    });
    req.on("error", () => finish("aborted"));
    req.on("aborted", () => finish("aborted"));
    req.on("close", () => {
      if (!req.complete) finish("aborted");
    });
  });
}

/**
 * Whether a request announces no body at all (the usual GET, HEAD and DELETE); such a request is
 * drained and served without waiting for its end.
 *
 * @internal
 */
export function hasNoBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  if ((length === undefined || length === "0") && req.headers["transfer-encoding"] === undefined) {
    req.resume();
    return true;
  }
  return false;
}
