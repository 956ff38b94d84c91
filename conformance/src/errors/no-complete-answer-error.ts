/**
 * An exchange, a case or a cleanup did not finish within its time bound: the deadline counts from the start
 * (connect included) to the last byte of the body, so an endpoint that trickles bytes or stops after the
 * headers is stopped too, not only one that stays silent. The step or case is `error`: nothing was learnt.
 *
 * @internal
 */
export class NoCompleteAnswerError extends Error {
  override readonly name = "NoCompleteAnswerError";

  constructor(
    readonly limitMs: number,
    detail?: string,
  ) {
    super(`no complete answer within ${limitMs} ms${detail ? ` (${detail})` : ""}`);
  }
}
