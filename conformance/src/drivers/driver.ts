import type { OperationName } from "@s3-inventory/fixtures";
import type { StepResponse } from "./step-response.js";

/**
 * Which client drives the operation steps: ours (@s3-inventory/client) or @aws-sdk/client-s3.
 *
 * @example
 * const client: ClientName = "sdk"; // --client sdk
 */
export type ClientName = "ours" | "sdk";

/**
 * Sends an operation step through a client and reports the answer as a `StepResponse`. Throws only for
 * environment problems (unreachable endpoint), never for an S3 error answer.
 *
 * @example
 * const response = await driver.send("ListBucketInventoryConfigurations", { Bucket: "src" });
 */
export interface Driver {
  readonly client: ClientName;
  /** `signal` (a case timeout, an interrupt) stops the exchange at once. */
  send(operation: OperationName, input: Record<string, unknown>, signal?: AbortSignal): Promise<StepResponse>;
  close(): void;
}
