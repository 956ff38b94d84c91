import type { S3ErrorResponse } from "@s3-inventory/model";
import type { S3Request } from "../http/s3-request.js";
import type { ResolvedOperation } from "../routing/resolve-operation.js";
import type { MockState } from "../state/mock-state.js";
import type { StateJournal, StateMutation } from "../state/state-mutation.js";

/**
 * What every operation gets: the routed request, who sent it, the state and the engine's settings.
 *
 * @internal
 */
export interface OperationContext {
  request: S3Request;
  route: ResolvedOperation;
  accountId: string;
  state: MockState;
  region: string;
  /** Makes a mutation durable (no-op without a journal). */
  commit(mutation: StateMutation): Promise<void>;
}

/**
 * An operation's answer: a success (status, headers, body) or S3's error. The engine adds the request
 * ids and writes errors with the model's codec.
 *
 * @internal
 */
export type OperationResult =
  | { status: number; headers?: Record<string, string>; body?: Uint8Array | undefined }
  | { error: S3ErrorResponse };

/**
 * The journal's `record` (a refusal becomes a {@link CommitFailedError}), or a no-op without a journal.
 *
 * @internal
 */
export function committerFor(journal: StateJournal | undefined): (mutation: StateMutation) => Promise<void> {
  if (!journal) return () => Promise.resolve();
  return (mutation) =>
    journal.record(mutation).catch((error: unknown) => {
      throw new CommitFailedError("the journal could not make a change durable", { cause: error });
    });
}

/**
 * A change the journal refused (disk full, I/O error): it was not applied, and the request gets the
 * model's `InternalError` variant `journalWriteFailed`.
 *
 * @internal
 */
export class CommitFailedError extends Error {
  override readonly name = "CommitFailedError";
}

const encoder = new TextEncoder();

/**
 * A 200 answer carrying an XML document, with S3's `application/xml` content type.
 *
 * @internal
 */
export function xmlResult(xml: string): OperationResult {
  return { status: 200, headers: { "content-type": "application/xml" }, body: encoder.encode(xml) };
}
