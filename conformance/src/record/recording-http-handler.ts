import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { exchangeOf, isRecording, noteExchange } from "./step-recording.js";

type HttpHandlerOptions = Parameters<NodeHttpHandler["handle"]>[1];

/**
 * The clients' HTTP handler, which, while a step is recorded (`--record`), reads each answer's body once,
 * notes the exchange, and hands the clients the same bytes (Smithy deserializers accept a byte array).
 *
 * @internal
 */
export class RecordingNodeHttpHandler extends NodeHttpHandler {
  override async handle(
    request: HttpRequest,
    options?: HttpHandlerOptions,
  ): Promise<{ response: HttpResponse }> {
    const result = await super.handle(request, options);
    if (!isRecording()) return result;
    const { response } = result;
    const body = await readAll(response.body);
    response.body = body;
    noteExchange(
      exchangeOf(
        request.method,
        urlOf(request),
        request.headers,
        request.body as Uint8Array | string | undefined,
        response.statusCode,
        response.headers,
        body,
      ),
    );
    return result;
  }
}

async function readAll(body: unknown): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (body instanceof Uint8Array) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer | string>)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function urlOf(request: HttpRequest): string {
  const port = request.port ? `:${request.port}` : "";
  const query = Object.entries(request.query ?? {})
    .flatMap(([key, value]) =>
      (Array.isArray(value) ? value : [value]).map((v) =>
        v === null || v === undefined
          ? encodeURIComponent(key)
          : `${encodeURIComponent(key)}=${encodeURIComponent(v)}`,
      ),
    )
    .join("&");
  return `${request.protocol}//${request.hostname}${port}${request.path}${query ? `?${query}` : ""}`;
}
