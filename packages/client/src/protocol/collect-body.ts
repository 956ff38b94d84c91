import { ResponseTooLargeError } from "../errors/response-too-large-error.js";

/**
 * Reads a response body of any shape a Smithy `HttpHandler` returns under Node.js into bytes: nothing,
 * bytes, a string, or a stream (Node's `IncomingMessage`, a web `ReadableStream`, the SDK's stream
 * mixin: all async-iterable). At most `maxBytes`: past it the stream is destroyed (leaving the loop
 * early does that) and `ResponseTooLargeError` is thrown, so an endless body is never buffered.
 * @internal
 */
export async function collectBody(body: unknown, maxBytes: number): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (body instanceof Uint8Array || typeof body === "string") body = [body];
  else if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] !== "function") {
    throw new TypeError(`Cannot read a response body of type ${Object.prototype.toString.call(body)}.`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Bytes and strings come as one chunk, so they meet the same limit.
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.byteLength;
    if (total > maxBytes) throw new ResponseTooLargeError(maxBytes);
    chunks.push(bytes);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}
