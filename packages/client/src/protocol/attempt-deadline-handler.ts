import type { Readable } from "node:stream";
import type { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import type { HttpHandlerOptions, RequestHandler } from "@smithy/types";

type Handler = RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions>;

/**
 * Wraps a Smithy handler so that each attempt ends within `timeoutMs`, from the call to the last body byte.
 * Node's socket timeout (the SDK's `requestTimeout`) only fires on an idle socket: an endpoint sending one
 * byte a second kept `send` pending forever. Past the deadline the request is aborted, or the body stream
 * destroyed, with a `TimeoutError` (retryable, as the SDK's own timeout).
 * @internal
 */
export function withAttemptDeadline(inner: Handler, timeoutMs: number): Handler {
  // The other members (destroy, metadata, updateHttpClientConfig, ...) stay the inner handler's.
  return Object.assign(Object.create(inner) as Handler, {
    async handle(request: HttpRequest, options: HttpHandlerOptions = {}) {
      const controller = new AbortController();
      const { signal } = controller;
      const timeout = Object.assign(new Error(`No complete answer within ${timeoutMs} ms`), {
        name: "TimeoutError",
      });
      const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
      const outer = options.abortSignal as AbortSignal | undefined;
      const forward = (): void => controller.abort(outer?.reason);
      outer?.addEventListener?.("abort", forward, { once: true });
      if (outer?.aborted) forward();
      const done = (): void => {
        clearTimeout(timer);
        outer?.removeEventListener?.("abort", forward);
      };
      try {
        const { response } = await inner.handle(request, { ...options, abortSignal: signal as never });
        const body = response.body as Readable | undefined;
        // A stream is read later (by the deserializer): the deadline runs until it closes.
        if (typeof body?.destroy === "function") {
          signal.addEventListener("abort", () => body.destroy(signal.reason), { once: true });
          body.once("close", done);
        } else done();
        return { response };
      } catch (error) {
        done();
        throw signal.reason instanceof Error ? signal.reason : error;
      }
    },
  });
}
