import { createServer, type IncomingMessage, type RequestListener } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { S3Request, S3Response } from "@s3-inventory/mock";

/** Something that answers S3 requests: the mock engine, or a wrapper that breaks one of its behaviours. */
export type S3Handler = (request: S3Request) => Promise<S3Response>;

/**
 * Serves an S3 handler over a real socket (the runner's `--endpoint` target), for tests.
 *
 * @example
 * const server = await serveEngine((request) => engine.handle(request));
 * await server.close();
 */
export async function serveEngine(
  handle: S3Handler,
  options: { tls?: { key: string; cert: string } } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const listener: RequestListener = (req, res) => {
    void (async () => {
      const body = await readBody(req);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(",") : value;
      }
      const response = await handle({
        method: req.method ?? "GET",
        url: `http://${req.headers.host}${req.url ?? "/"}`,
        headers,
        body: body.length === 0 ? undefined : body,
      });
      res.writeHead(response.status, response.headers);
      res.end(response.body === undefined ? undefined : Buffer.from(response.body));
    })();
  };
  const server = options.tls ? createTlsServer(options.tls, listener) : createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? "https" : "http"}://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
