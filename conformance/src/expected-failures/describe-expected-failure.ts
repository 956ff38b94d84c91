import type { CaseResult } from "../execution/case-result.js";

/**
 * The words every report uses for a case declared in `--expected-failures`, or undefined.
 *
 * @internal
 */
export function describeExpectedFailure(result: CaseResult): string | undefined {
  const declared = result.expectedFailure;
  if (declared === undefined) return undefined;
  const link = declared.link ? ` (${declared.link})` : "";
  return declared.outcome === "expected"
    ? `declared deviation: ${declared.reason}${link}`
    : `fixed: remove it from the expected-failures file (declared: ${declared.reason}${link})`;
}
