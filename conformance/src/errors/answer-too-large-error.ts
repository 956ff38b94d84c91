/**
 * An answer's body went past the run's size cap (`--max-response-bytes`): reading stopped there and the
 * connection was closed, so memory stays bounded whatever the endpoint sends. The step is `error`.
 *
 * @internal
 */
export class AnswerTooLargeError extends Error {
  override readonly name = "AnswerTooLargeError";

  constructor(readonly limitBytes: number) {
    super(
      `answer larger than ${limitBytes} bytes: stopped reading at the cap and closed the connection (--max-response-bytes)`,
    );
  }
}
