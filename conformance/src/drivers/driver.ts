import type { OperationName } from "@s3-inventory/fixtures";
import type { S3OperationInputs } from "@s3-inventory/model";
import type { StepResponse } from "./step-response.js";

/**
 * Which client drives the operation steps: ours (@s3-inventory/client) or @aws-sdk/client-s3.
 *
 * @example
 * ```ts
 * const client: ClientName = "sdk"; // --client sdk
 * ```
 * @public
 */
export type ClientName = "ours" | "sdk";

/**
 * One operation and its input, typed by the model's input shape of that operation: a driver's `switch` on
 * `operation` narrows `input` to what the operation's command takes.
 *
 * @internal
 */
export type OperationCall = {
  [N in OperationName]: { operation: N; input: S3OperationInputs[N] };
}[OperationName];

/**
 * Sends an operation step through a client and reports the answer as a `StepResponse`. Throws only for
 * environment problems (unreachable endpoint), never for an S3 error answer.
 *
 * @internal
 */
export interface Driver {
  readonly client: ClientName;
  /** `signal` (a case timeout, an interrupt) stops the exchange at once. */
  send(call: OperationCall, signal?: AbortSignal): Promise<StepResponse>;
  close(): void;
}
