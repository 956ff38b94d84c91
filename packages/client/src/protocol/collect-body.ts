/**
 * Reads a response body of any shape a Smithy `HttpHandler` returns under Node.js into bytes: nothing,
 * bytes, a string, or a stream (Node's `IncomingMessage`, a web `ReadableStream`, the SDK's stream
 * mixin: all async-iterable).
 * @internal
 */
export async function collectBody(body: unknown): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (body instanceof Uint8Array) return body;
  if (typeof body === "string") return new TextEncoder().encode(body);
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] !== "function") {
    throw new TypeError(`Cannot read a response body of type ${Object.prototype.toString.call(body)}.`);
  }
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
    chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}
