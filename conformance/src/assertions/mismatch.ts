/**
 * One difference between what real S3 answers and what the endpoint answered, at a path such as
 * `output.InventoryConfiguration.OptionalFields[1]`. A list of these is the minimal diff of a failed step.
 *
 * @example
 * ```ts
 * const m: Mismatch = { path: "status", expected: 204, actual: 200 };
 * ```
 * @public
 */
export interface Mismatch {
  path: string;
  expected: unknown;
  actual: unknown;
  /** Why it does not match when "expected X, got Y" is not enough (e.g. "unexpected member"). */
  reason?: string;
}
