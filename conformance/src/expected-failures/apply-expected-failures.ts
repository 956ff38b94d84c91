import type { CaseResult } from "../execution/case-result.js";
import type { ExpectedFailure } from "./read-expected-failures.js";

/**
 * Marks the results of the cases declared in `--expected-failures`, never changing a status: a failed or
 * not-implemented case is `expected` (a declared deviation, still failed); a passed one is `fixed` (remove
 * it from the file); any other status is left as it is (an error or a skip says nothing about the deviation).
 *
 * @internal
 */
export function applyExpectedFailures(
  results: readonly CaseResult[],
  declared: readonly ExpectedFailure[],
): CaseResult[] {
  const byId = new Map(declared.map((entry) => [entry.id, entry]));
  return results.map((result) => {
    const entry = byId.get(result.id);
    if (entry === undefined) return result;
    const outcome =
      result.status === "failed" || result.status === "not-implemented"
        ? "expected"
        : result.status === "passed"
          ? "fixed"
          : undefined;
    if (outcome === undefined) return result;
    return {
      ...result,
      expectedFailure: { reason: entry.reason, ...(entry.link ? { link: entry.link } : {}), outcome },
    };
  });
}
