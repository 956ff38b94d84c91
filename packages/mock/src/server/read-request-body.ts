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
 * Reads a request body of at most `maxBytes` into one buffer, charging the bytes it allocates to
 * `budget` (the announced length at the first chunk; for a chunked body, a buffer that doubles as it
 * fills). Answers `"too-large"` as soon as the announced length or the bytes received go over
 * `maxBytes`, `"over-budget"` when the server already holds its cap of body bytes, `"aborted"` when
 * the client went away (the rest is not read and nothing stays charged in those three cases).
 *
 * One buffer per body, instead of the socket's chunks kept until the end: each chunk is released as
 * soon as it is copied, and a large buffer is its own mapping that goes back to the system when freed,
 * so the memory of many slow uploads comes back once they end.
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
    let buffer: Buffer | undefined;
    let size = 0;
    let done = false;
    const finish = (value: ReadBody | "too-large" | "over-budget" | "aborted"): void => {
      if (done) return;
      done = true;
      if (typeof value === "string") {
        budget.release(buffer?.byteLength ?? 0);
        buffer = undefined;
        req.pause();
      }
      resolve(value);
    };
    // Room for `needed` bytes, charged to the budget; false when the budget is spent.
    const reserve = (needed: number): boolean => {
      const capacity = buffer?.byteLength ?? 0;
      if (needed <= capacity) return true;
      const grown =
        announced > 0
          ? Math.max(announced, needed)
          : Math.min(maxBytes, Math.max(needed, 2 * capacity, 16 * 1024));
      if (!budget.take(grown - capacity)) return false;
      const next = Buffer.allocUnsafeSlow(grown);
      buffer?.copy(next, 0, 0, size);
      buffer = next;
      return true;
    };
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      if (size + chunk.byteLength > maxBytes) return finish("too-large");
      if (!reserve(size + chunk.byteLength)) return finish("over-budget");
      chunk.copy(buffer as Buffer, size);
      size += chunk.byteLength;
    });
    req.on("end", () => {
      // A refused body is still drained to its end by the caller: nothing is held for it any more.
      if (done) return;
      const held = buffer?.byteLength ?? 0;
      let released = false;
      finish({
        bytes: size === 0 ? undefined : (buffer as Buffer).subarray(0, size),
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
