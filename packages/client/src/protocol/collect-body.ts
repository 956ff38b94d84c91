/**
 * Reads a response body of any shape a Smithy `HttpHandler` may return (Node stream, web stream, SDK
 * stream mixin, bytes, string, nothing) into bytes.
 * @internal
 */
export async function collectBody(body: unknown): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (body instanceof Uint8Array) return body;
  if (typeof body === "string") return new TextEncoder().encode(body);
  const candidate = body as {
    transformToByteArray?: () => Promise<Uint8Array>;
    getReader?: () => ReadableStreamDefaultReader<Uint8Array>;
    [Symbol.asyncIterator]?: () => AsyncIterator<Uint8Array | string>;
  };
  if (typeof candidate.transformToByteArray === "function") return candidate.transformToByteArray();
  const chunks: Uint8Array[] = [];
  if (typeof candidate[Symbol.asyncIterator] === "function") {
    for await (const chunk of candidate as AsyncIterable<Uint8Array | string>) {
      chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
    }
  } else if (typeof candidate.getReader === "function") {
    const reader = candidate.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  } else {
    throw new TypeError(`Cannot read a response body of type ${Object.prototype.toString.call(body)}.`);
  }
  return concat(chunks);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  let length = 0;
  for (const chunk of chunks) length += chunk.byteLength;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
