import { describeConnectionFailure } from "./describe-connection-failure.js";

/**
 * The endpoint could not be reached or did not answer (connection refused, DNS, TLS, timeout). An environment
 * problem: the case is reported as `error`, not `failed`, because nothing was learnt about the endpoint.
 *
 * @internal
 */
export class EndpointUnreachableError extends Error {
  override readonly name = "EndpointUnreachableError";

  constructor(method: string, url: URL, cause: Error) {
    // Only origin and path: the query may carry presigned credentials in other tools; never echo it.
    super(`${method} ${url.origin}${url.pathname}: ${describeConnectionFailure(url, cause)}`, { cause });
  }
}
