import type { ListBucketInventoryConfigurationsOutput } from "../shapes/operations.js";

/** @public */
export function serializeListInventoryConfigurationsResult(
  _output: ListBucketInventoryConfigurationsOutput,
): string {
  throw new Error("not implemented yet (issue #2)");
}

/** @public */
export function parseListInventoryConfigurationsResult(
  _xml: string | Uint8Array,
): ListBucketInventoryConfigurationsOutput {
  throw new Error("not implemented yet (issue #2)");
}
