import type { ConformanceCase } from "@s3-inventory/fixtures";
import { type CaseResult, caseIdentity } from "./case-result.js";
import { type CaseRunOptions, runCase } from "./run-case.js";
import { runWithConcurrency } from "./run-with-concurrency.js";

/**
 * Options of a whole run.
 *
 * @internal
 */
export interface SuiteOptions extends Omit<CaseRunOptions, "caseNumber" | "signal"> {
  /** Cases in flight at once. */
  concurrency: number;
  /** Stop starting cases after the first one that does not pass (failed, error, not-implemented). */
  bail: boolean;
  /** Aborted on SIGINT: running cases stop between steps and clean up; others are not started. */
  signal: AbortSignal;
  onCaseStart?: (conformanceCase: ConformanceCase) => void;
  onCaseEnd?: (result: CaseResult) => void;
}

/**
 * The results of a run, in the order of the selected cases.
 *
 * @internal
 */
export interface SuiteOutcome {
  results: CaseResult[];
  /** True when SIGINT stopped the run before every case ran. */
  interrupted: boolean;
  durationMs: number;
}

const BAILING = new Set(["failed", "error", "not-implemented"]);

/**
 * Runs the selected cases with bounded concurrency. Each case has its own bucket (or its own id namespace on a
 * user's bucket), so results never depend on the order or the interleaving of cases.
 *
 * @internal
 */
export async function runSuite(
  cases: readonly ConformanceCase[],
  options: SuiteOptions,
): Promise<SuiteOutcome> {
  const started = performance.now();
  const bail = new AbortController();
  const signal = AbortSignal.any([options.signal, bail.signal]);
  let bailedOn: string | undefined;
  const ran = await runWithConcurrency(
    cases,
    options.concurrency,
    async (conformanceCase, index) => {
      options.onCaseStart?.(conformanceCase);
      const result = await runCase(conformanceCase, { ...options, caseNumber: index + 1, signal });
      if (options.bail && BAILING.has(result.status) && !bailedOn) {
        bailedOn = result.id;
        bail.abort(new Error(`--bail after ${result.id}`));
      }
      options.onCaseEnd?.(result);
      return result;
    },
    () => signal.aborted,
  );
  const results = ran.map((result, index): CaseResult => {
    if (result) return result;
    const conformanceCase = cases[index] as ConformanceCase;
    const reason = bailedOn ? `not run: --bail after ${bailedOn}` : "not run: the run was interrupted";
    const skipped: CaseResult = {
      ...caseIdentity(conformanceCase),
      status: "skipped",
      reason,
      durationMs: 0,
      failures: [],
      cleanup: { status: "nothing" },
    };
    options.onCaseEnd?.(skipped);
    return skipped;
  });
  return {
    results,
    interrupted: options.signal.aborted,
    durationMs: Math.round(performance.now() - started),
  };
}
