import { isHttpStep, isRepeatStep, type Step } from "@s3-inventory/fixtures";

const OPERATION_LABELS: Record<string, string> = {
  PutBucketInventoryConfiguration: "PUT ?inventory",
  GetBucketInventoryConfiguration: "GET ?inventory&id",
  ListBucketInventoryConfigurations: "GET ?inventory",
  DeleteBucketInventoryConfiguration: "DELETE ?inventory",
  HeadBucket: "HEAD bucket",
};

/**
 * A step as an HTTP operation on its bucket, the same for an operation step and the raw request it stands
 * for: "PUT ?inventory", "GET ?inventory&id" (one configuration), "GET ?inventory" (the list), "HEAD bucket".
 *
 * @internal
 */
export function stepOperation(step: Step): string {
  if (isRepeatStep(step)) return stepOperation(step.repeat.step);
  if (!isHttpStep(step)) return OPERATION_LABELS[step.operation] ?? step.operation;
  const { method, query } = step.http;
  if (!("inventory" in query)) return `${method} bucket`;
  return method === "GET" && "id" in query ? "GET ?inventory&id" : `${method} ?inventory`;
}

/**
 * True for a step that changes state (PUT, POST, DELETE).
 *
 * @internal
 */
export function isWriteStep(step: Step): boolean {
  return /^(PUT|POST|DELETE) /.test(stepOperation(step));
}

/**
 * A step the case only needs, without testing it: a write on which the case sets no expectation.
 *
 * @internal
 */
export function isSetupStep(step: Step): boolean {
  const inner = isRepeatStep(step) ? step.repeat.step : step;
  return isWriteStep(step) && inner.expect === undefined;
}
