/**
 * A client step got no HTTP answer: the endpoint was unreachable, timed out, or the client refused the input
 * before sending. An environment problem: the case is reported as `error`, because nothing was learnt about
 * the endpoint.
 *
 * @internal
 */
export class RequestNotAnsweredError extends Error {
  override readonly name = "RequestNotAnsweredError";

  constructor(what: string, cause: Error) {
    // A bound's own message ("no complete answer within N ms") is the whole story; others keep their name.
    const bound = ["NoCompleteAnswerError", "AnswerTooLargeError", "ResponseTooLargeError"].includes(
      cause.name,
    );
    // First line only: Smithy's deserializer appends a hint about `$response` to the error it passes on.
    const message = cause.message.split("\n")[0];
    super(`${what}: ${bound ? message : `no answer (${cause.name}: ${message})`}`, { cause });
  }
}
