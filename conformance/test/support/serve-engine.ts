import type { S3Request, S3Response } from "@s3-inventory/mock";
import { startMockServer } from "@s3-inventory/mock/server";

/** Something that answers S3 requests: the mock engine, or a wrapper that breaks one of its behaviours. */
export type S3Handler = (request: S3Request) => Promise<S3Response>;

/**
 * Serves an S3 handler over a real socket (the runner's `--endpoint` target), for tests: the mock's own
 * server (`startMockServer`, with its body cap, `Expect: 100-continue` and S3 answers to broken HTTP)
 * with `handle` answering every request that reaches it.
 *
 * @example
 * const server = await serveEngine((request) => engine.handle(request));
 * await server.close();
 */
export async function serveEngine(
  handle: S3Handler,
  options: { tls?: { key: string; cert: string } } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await startMockServer({ handler: (request) => handle(request), tls: options.tls });
  return { url: server.url, close: () => server.close() };
}
