import { type HttpHandler, HttpResponse, http } from "msw";
import type { InventoryMockEngine } from "../engine/inventory-mock-engine.js";
import { createInventoryMockEngine } from "../engine/inventory-mock-engine.js";
import type { InventoryMockOptions } from "../engine/inventory-mock-options.js";
import { isAwsS3Hostname } from "../engine/routing/bucket-from-host.js";
import { hostnameOf } from "../engine/routing/raw-url.js";

/**
 * Options of {@link inventoryHandlers}: the engine's options, plus the endpoints to intercept.
 *
 * @example
 * ```ts
 * const options: InventoryHandlersOptions = { endpoint: "http://localhost:4566", buckets: ["src"] };
 * ```
 * @public
 */
export interface InventoryHandlersOptions extends InventoryMockOptions {
  /**
   * Custom endpoints (as given to the client's `endpoint`) to intercept besides S3's own
   * `*.amazonaws.com` hosts, e.g. `http://localhost:4566`. Virtual-hosted requests to
   * `{bucket}.{endpoint host}` are intercepted too.
   */
  endpoint?: string | readonly string[] | undefined;
  /**
   * Whether to intercept S3's own host names too. Default `true`; set it to `false` when several
   * mocks run side by side, so that only one of them answers `*.amazonaws.com` (msw asks handlers in
   * order, and the first that matches answers).
   */
  interceptS3Hostnames?: boolean | undefined;
  /** An engine to serve instead of a new one, e.g. to `reset()` it between tests. */
  engine?: InventoryMockEngine | undefined;
}

/**
 * msw 2 request handlers that answer S3 inventory (and bucket) requests with an engine of their own.
 * Requests to other hosts are left to your other handlers (the predicate does not match them), and
 * nothing is global: two calls give two mocks that never see each other's state.
 *
 * @example
 * ```ts
 * import { setupServer } from "msw/node";
 * import { inventoryHandlers } from "@s3-inventory/mock/msw";
 *
 * const server = setupServer(...inventoryHandlers({ buckets: ["src"] }));
 * server.listen({ onUnhandledRequest: "error" });
 * ```
 * @public
 */
export function inventoryHandlers(options: InventoryHandlersOptions = {}): HttpHandler[] {
  const endpoints = (
    typeof options.endpoint === "string" ? [options.endpoint] : (options.endpoint ?? [])
  ).map((endpoint) => new URL(endpoint));
  const endpointHostnames = [
    ...(options.endpointHostnames ?? ["localhost"]),
    ...endpoints.map((endpoint) => hostnameOf(endpoint.host)),
  ];
  const engine = options.engine ?? createInventoryMockEngine({ ...options, endpointHostnames });
  const interceptS3Hostnames = options.interceptS3Hostnames ?? true;

  const intercepts = (url: URL): boolean => {
    const hostname = url.hostname.toLowerCase();
    if (interceptS3Hostnames && isAwsS3Hostname(hostname)) return true;
    return endpoints.some(
      (endpoint) =>
        endpoint.protocol === url.protocol &&
        endpoint.port === url.port &&
        (hostname === endpoint.hostname || hostname.endsWith(`.${endpoint.hostname}`)),
    );
  };

  return [
    http.all(
      ({ request }) => intercepts(new URL(request.url)),
      async ({ request }) => {
        const headers: Record<string, string> = {};
        request.headers.forEach((value, name) => {
          headers[name] = value;
        });
        const bytes =
          request.method === "GET" || request.method === "HEAD"
            ? undefined
            : new Uint8Array(await request.arrayBuffer());
        const response = await engine.handle({
          method: request.method,
          url: request.url,
          headers,
          body: bytes && bytes.byteLength > 0 ? bytes : undefined,
        });
        return new HttpResponse(response.body ?? null, {
          status: response.status,
          headers: response.headers,
        });
      },
    ),
  ];
}
