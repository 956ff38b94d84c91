/**
 * A client step got no HTTP answer: the endpoint was unreachable, timed out, or the client refused the input
 * before sending. An environment problem: the case is reported as `error`, because nothing was learnt about
 * the endpoint.
 *
 * @example
 * throw new RequestNotAnsweredError("sdk client, ListBucketInventoryConfigurations", new Error("ECONNREFUSED"));
 */
export class RequestNotAnsweredError extends Error {
  override readonly name = "RequestNotAnsweredError";

  constructor(what: string, cause: Error) {
    super(`${what}: no answer (${cause.name}: ${cause.message})`, { cause });
  }
}
