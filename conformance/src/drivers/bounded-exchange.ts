import { type Readable, Transform } from "node:stream";
import { AnswerTooLargeError } from "../errors/answer-too-large-error.js";
import { NoCompleteAnswerError } from "../errors/no-complete-answer-error.js";

/**
 * The bounds of every exchange with the endpoint.
 *
 * @internal
 */
export interface ExchangeBounds {
  /** From the start of the exchange (connect included) to the last body byte: an absolute deadline. */
  requestTimeoutMs: number;
  /** Body bytes read at most; past it reading stops and the connection is closed. */
  maxResponseBytes: number;
}

/**
 * One request and its answer, held to an absolute deadline and a body size cap. Its `signal` aborts the
 * exchange (connect, headers or body) when the deadline passes, the cap is crossed, or the outer signal (a
 * case timeout, an interrupt) fires; `failure` then says which. A timer, not socket idleness: an endpoint
 * that trickles one byte a second is stopped at the same time as one that never answers.
 *
 * @internal
 */
export class BoundedExchange {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly onOuterAbort: () => void;
  readonly signal: AbortSignal;

  constructor(
    private readonly bounds: ExchangeBounds,
    private readonly outer?: AbortSignal,
  ) {
    this.signal = this.controller.signal;
    // Unref'd: a pending socket keeps the process alive while the exchange matters; the timer alone must not.
    this.timer = setTimeout(
      () => this.fail(new NoCompleteAnswerError(bounds.requestTimeoutMs)),
      bounds.requestTimeoutMs,
    ).unref();
    this.onOuterAbort = () => this.fail(abortReason(outer as AbortSignal));
    if (outer?.aborted) this.onOuterAbort();
    else outer?.addEventListener("abort", this.onOuterAbort, { once: true });
  }

  /** Why the exchange was stopped, or undefined while it may go on. */
  get failure(): Error | undefined {
    return this.controller.signal.aborted ? (this.controller.signal.reason as Error) : undefined;
  }

  /** Stops the exchange with `error` (the first reason wins). */
  fail(error: Error): void {
    if (this.controller.signal.aborted) return;
    this.finish();
    this.controller.abort(error);
  }

  /** The exchange is complete: its timer and listener go. */
  finish(): void {
    clearTimeout(this.timer);
    this.outer?.removeEventListener("abort", this.onOuterAbort);
  }

  /** Counts body bytes against the cap as they arrive and passes them on; errors past it or on abort. */
  accept(byteCount: number): void {
    if (byteCount > this.bounds.maxResponseBytes)
      this.fail(new AnswerTooLargeError(this.bounds.maxResponseBytes));
  }

  /**
   * The body as a stream held to the bounds: it ends when the answer ends (which completes the exchange) and
   * errors, destroying the source, when the deadline passes or the cap is crossed.
   */
  limit(body: Readable): Readable {
    let total = 0;
    const limited = new Transform({
      transform: (chunk: Buffer, _encoding, callback) => {
        total += chunk.length;
        this.accept(total);
        callback(this.failure, this.failure ? undefined : chunk);
      },
      flush: (callback) => {
        this.finish();
        callback();
      },
    });
    const stop = (): void => {
      body.destroy();
      limited.destroy(this.failure);
    };
    if (this.signal.aborted) stop();
    else this.signal.addEventListener("abort", stop, { once: true });
    body.on("error", (error) => {
      this.fail(error);
      limited.destroy(this.failure);
    });
    body.pipe(limited);
    return limited;
  }
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error("the exchange was stopped");
}
