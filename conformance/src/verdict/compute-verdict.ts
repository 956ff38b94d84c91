import type { CaseResult } from "../execution/case-result.js";
import { countsAgainstCertification } from "./evidence-weight.js";
import { describePartialSelection, isWholeSet, type RunSelection } from "./run-selection.js";

/**
 * What a run may claim. `conformant` (the only `certified` outcome): the whole published set ran, unfiltered,
 * nothing skipped, and no required case failed where S3's behaviour is backed by evidence. `partial`: nothing
 * counted against the endpoint, but the run did not cover the whole set. `not-certified`: required cases were
 * skipped. `not-conformant`: a required case failed on evidence, was not implemented, or a case errored.
 *
 * @example
 * ```ts
 * const outcome: VerdictOutcome = "partial";
 * ```
 * @public
 */
export type VerdictOutcome = "conformant" | "partial" | "not-certified" | "not-conformant" | "interrupted";

/**
 * A run's verdict: the outcome, the exit code the CLI returns, and the one sentence every report prints.
 *
 * @example
 * ```ts
 * declare const input: VerdictInput;
 * const { certified, exitCode, sentence }: Verdict = computeVerdict(input);
 * ```
 * @public
 */
export interface Verdict {
  outcome: VerdictOutcome;
  /** True only for `conformant`: a certificate or badge may be issued. */
  certified: boolean;
  /** 0 no required case counted against the endpoint (none skipped, unless allowed); 1 otherwise. */
  exitCode: 0 | 1;
  sentence: string;
  selection: RunSelection;
  /** Required cases that failed only where S3's behaviour is an inference: reported, not counted. */
  failedOnlyOnInferences: string[];
}

/**
 * What the verdict is computed from.
 *
 * @example
 * ```ts
 * declare const results: CaseResult[], selection: RunSelection;
 * const input: VerdictInput = { results, interrupted: false, selection, allowSkipped: false };
 * ```
 * @public
 */
export interface VerdictInput {
  results: readonly CaseResult[];
  interrupted: boolean;
  selection: RunSelection;
  /** `--allow-skipped`: a skipped required case does not fail the run (the result is still partial). */
  allowSkipped?: boolean;
  /** `--strict-expected`: a case declared as an expected failure that passed fails the run. */
  strictExpected?: boolean;
}

/**
 * The one verdict computation, shared by the console, every report file and the certificate. Exit 1 when a
 * case errored, a required case was not implemented or failed on a step backed by recorded, documented or
 * seed evidence, a required case was skipped (unless allowed), or the run was interrupted; exit 0 otherwise.
 * A failure where S3's behaviour is inferred is named but never fails the run. A narrowed selection never
 * changes the exit code, only the claim: it is "partial: N of M cases selected", never "conformant".
 *
 * @example
 * ```ts
 * declare const results: CaseResult[];
 * computeVerdict({ results, interrupted: false, selection: { selected: 2, published: 71, narrowedBy: ["--grep ^example-"] } }).sentence;
 * // "partial: 2 of 71 cases selected (--grep ^example-); every selected required case passed; run the whole set to certify"
 * ```
 * @public
 */
export function computeVerdict(input: VerdictInput): Verdict {
  const { results, interrupted, selection } = input;
  const errors = results.filter((r) => r.status === "error").length;
  // A declared deviation (--expected-failures) is reported as failed but does not count; one that now passes
  // is named so the file gets fixed (and fails the run with --strict-expected).
  const declared = results.filter((r) => r.expectedFailure?.outcome === "expected").map((r) => r.id);
  const fixed = results.filter((r) => r.expectedFailure?.outcome === "fixed").map((r) => r.id);
  const fixedBlocks = fixed.length > 0 && input.strictExpected === true;
  const counted = results.filter(
    (r) => countsAgainstCertification(r) && r.expectedFailure?.outcome !== "expected",
  ).length;
  const failedOnlyOnInferences = results
    .filter((r) => r.severity === "required" && r.status === "failed" && !countsAgainstCertification(r))
    .map((r) => r.id);
  const requiredSkipped = results.filter((r) => r.severity === "required" && r.status === "skipped");
  const skipped = results.filter((r) => r.status === "skipped").length;
  const skipBlocks = requiredSkipped.length > 0 && input.allowSkipped !== true;
  const whole = isWholeSet(selection);
  const partialNote = whole ? "" : `; ${describePartialSelection(selection)}`;
  const skippedNote = requiredSkipped.length > 0 ? describeSkipped(requiredSkipped) : "";
  const inferenceNote =
    failedOnlyOnInferences.length > 0
      ? `; ${failedOnlyOnInferences.length} required case(s) differ from S3 only where its behaviour is inferred (reported, not counted): ${failedOnlyOnInferences.join(", ")}`
      : "";
  const exitCode = errors > 0 || counted > 0 || interrupted || skipBlocks || fixedBlocks ? 1 : 0;
  const fixedNote =
    fixed.length > 0
      ? `; ${fixed.length} expected failure(s) now pass, fixed: remove ${fixed.join(", ")} from the expected-failures file`
      : "";
  let outcome: VerdictOutcome;
  let sentence: string;
  if (interrupted) {
    outcome = "interrupted";
    sentence = `interrupted: the run did not finish${partialNote}`;
  } else if (errors > 0 || counted > 0) {
    outcome = "not-conformant";
    sentence = `not conformant: ${counted} required case(s) failed or not implemented, ${errors} error(s)${skippedNote ? `; ${skippedNote}` : ""}${inferenceNote}${partialNote}`;
  } else if (skipBlocks) {
    outcome = "not-certified";
    sentence = `not certified: every required case that ran passed, but ${skippedNote}; fix that, or pass --allow-skipped to accept a partial result${inferenceNote}${partialNote}`;
  } else if (!whole) {
    outcome = "partial";
    sentence = `${describePartialSelection(selection)}; every selected required case passed${skipped > 0 ? ` (${skippedNote || `${skipped} case(s) skipped`})` : ""}${inferenceNote}; run the whole set to certify`;
  } else if (skipped > 0) {
    outcome = "partial";
    sentence = `every required case that ran passed; ${skipped} case(s) skipped, so this is a partial result${skippedNote ? ` (${skippedNote})` : ""}${inferenceNote}`;
  } else {
    outcome = "conformant";
    sentence =
      declared.length > 0
        ? `conformant with ${declared.length} declared deviation(s): every other required case passed; still failing as declared: ${declared.join(", ")}${inferenceNote}`
        : `conformant: every required case passed${inferenceNote}`;
  }
  sentence += fixedNote;
  return {
    outcome,
    certified: outcome === "conformant",
    exitCode,
    sentence,
    selection,
    failedOnlyOnInferences,
  };
}

// "2 required case(s) skipped: a, b (needs …: pass --account-id)", grouped by reason so the fix is said once.
function describeSkipped(skipped: CaseResult[]): string {
  const byReason = new Map<string, string[]>();
  for (const result of skipped) {
    const reason = result.reason ?? "no reason given";
    byReason.set(reason, [...(byReason.get(reason) ?? []), result.id]);
  }
  const groups = [...byReason].map(([reason, ids]) => `${ids.join(", ")} (${reason})`);
  return `${skipped.length} required case(s) skipped: ${groups.join("; ")}`;
}
