import type { CaseResult, StepFailure } from "../execution/case-result.js";

/**
 * Whether a failed step may fail a certification: only when S3's behaviour there is backed by a recording,
 * the documentation or the seed examples. A step resting on an inference (some of its evidence ledger entries
 * are inferences: fixtures' isCertifyingStep; the runner then sets `inferred` on its failure), or any step of a
 * case whose provenance is an inference, is reported but never fails the run (an inference cannot convict an
 * endpoint).
 *
 * @example
 * ```ts
 * declare const result: CaseResult;
 * failureMayFailCertification(result, result.failures[0]); // false for a step marked `inferred`
 * ```
 * @public
 */
export function failureMayFailCertification(
  result: Pick<CaseResult, "evidence">,
  failure: Pick<StepFailure, "inferred">,
): boolean {
  return result.evidence.kind !== "inference" && failure.inferred === undefined;
}

/**
 * Whether a case's outcome counts against a certification: a required case that was not implemented, or that
 * failed on at least one step backed by evidence. A failure of a recommended case never counts.
 *
 * @internal
 */
export function countsAgainstCertification(result: CaseResult): boolean {
  if (result.severity !== "required") return false;
  if (result.status === "not-implemented") return true;
  if (result.status !== "failed") return false;
  return result.failures.some((failure) => failureMayFailCertification(result, failure));
}
