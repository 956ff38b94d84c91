import type { CaseResult, CaseStatus } from "../execution/case-result.js";

/**
 * Counts per status.
 *
 * @example
 * const counts: StatusCounts = { passed: 60, failed: 2, skipped: 5, "not-implemented": 0, error: 0 };
 */
export type StatusCounts = Record<CaseStatus, number>;

/**
 * Everything a report shows about a finished run. `results.json` is this object, serialized.
 *
 * @example
 * const report = buildRunReport({ ...meta, results });
 * report.summary.total.failed; // 2
 */
export interface RunReport {
  runner: { name: string; version: string };
  fixtureSet: { name: string; version: string };
  runId: string;
  startedAt: string;
  durationMs: number;
  target: string;
  client: string;
  /** The redacted configuration. */
  config: Record<string, unknown>;
  /** The exit code the CLI returns: 0 every required case passed (none skipped, unless allowed), 1 otherwise. */
  exitCode: 0 | 1;
  /** One sentence: conformant or not, and why. */
  verdict: string;
  interrupted: boolean;
  summary: {
    total: StatusCounts;
    byTag: Record<string, StatusCounts>;
    /**
     * Failed cases whose every failure is on a step resting on an inference (counted in `total.failed` too,
     * never in the verdict: an inference cannot fail a certification).
     */
    failedOnlyOnInferredSteps: number;
  };
  cases: CaseResult[];
}

/**
 * Run facts known before the cases run.
 *
 * @example
 * const report = buildRunReport(meta satisfies RunMeta, results, 1234, false);
 */
export type RunMeta = Omit<
  RunReport,
  "exitCode" | "verdict" | "summary" | "cases" | "durationMs" | "interrupted"
>;

const STATUSES: CaseStatus[] = ["passed", "failed", "skipped", "not-implemented", "error"];

/**
 * How strict the exit code is about cases that did not run.
 *
 * @example
 * const options: RunReportOptions = { allowSkipped: true }; // --allow-skipped
 */
export interface RunReportOptions {
  /** A skipped required case does not fail the run (the verdict still says "partial" and names it). */
  allowSkipped?: boolean;
}

/**
 * Counts, verdict and exit code. Exit 0 only when every required case passed. Exit 1 when any case errored
 * (the run cannot be trusted), when any required case failed on a step backed by recorded, documented or seed
 * evidence (a failure only on steps resting on an inference is reported, never counted), was not implemented
 * or was skipped (unless
 * `allowSkipped`: a skipped case proves nothing), or when the run was interrupted; recommended failures are
 * reported but do not fail the run; skipped cases are listed and the verdict names the required ones and why.
 *
 * @example
 * buildRunReport(meta, results, 1234, false).exitCode; // 0
 * buildRunReport(meta, resultsWithSkips, 1234, false, { allowSkipped: true }).verdict; // "… partial result …"
 */
export function buildRunReport(
  meta: RunMeta,
  results: CaseResult[],
  durationMs: number,
  interrupted: boolean,
  options: RunReportOptions = {},
): RunReport {
  const total = emptyCounts();
  const byTag: Record<string, StatusCounts> = {};
  for (const result of results) {
    total[result.status] += 1;
    for (const tag of result.tags) {
      byTag[tag] ??= emptyCounts();
      byTag[tag][result.status] += 1;
    }
  }
  const errors = results.filter((r) => r.status === "error").length;
  // Severity follows evidence: a required case that failed only on steps resting on an inference is reported
  // but does not fail the run; only recorded, documented or seed evidence can.
  const requiredInferredOnly = results.filter(
    (r) => r.severity === "required" && r.failedOnlyOnInferredSteps === true,
  ).length;
  const requiredBad = results.filter(
    (r) =>
      r.severity === "required" &&
      ((r.status === "failed" && r.failedOnlyOnInferredSteps !== true) || r.status === "not-implemented"),
  ).length;
  const requiredSkipped = results.filter((r) => r.severity === "required" && r.status === "skipped");
  const skipBlocks = requiredSkipped.length > 0 && options.allowSkipped !== true;
  const exitCode = errors > 0 || requiredBad > 0 || interrupted || skipBlocks ? 1 : 0;
  const skippedNote = requiredSkipped.length > 0 ? describeSkipped(requiredSkipped) : "";
  const inferredNote =
    requiredInferredOnly > 0
      ? `; ${requiredInferredOnly} required case(s) failed only on steps resting on an inference (reported, not counted)`
      : "";
  let verdict: string;
  if (interrupted) verdict = "interrupted: the run did not finish";
  else if (errors > 0 || requiredBad > 0)
    verdict = `not conformant: ${requiredBad} required case(s) failed or not implemented, ${errors} error(s)${inferredNote}${skippedNote ? `; ${skippedNote}` : ""}`;
  else if (skipBlocks)
    verdict = `not certified: every required case that ran passed, but ${skippedNote}; fix that, or pass --allow-skipped to accept a partial result`;
  else if (total.skipped > 0)
    verdict = `every required case that ran passed; ${total.skipped} case(s) skipped, so this is a partial result${skippedNote ? ` (${skippedNote})` : ""}`;
  else
    verdict = inferredNote
      ? `conformant: every required case passed every step backed by recorded, documented or seed evidence${inferredNote}`
      : "conformant: every required case passed";
  const sortedTags = Object.fromEntries(Object.entries(byTag).sort(([a], [b]) => a.localeCompare(b)));
  return {
    ...meta,
    durationMs,
    exitCode,
    verdict,
    interrupted,
    summary: {
      total,
      byTag: sortedTags,
      failedOnlyOnInferredSteps: results.filter((r) => r.failedOnlyOnInferredSteps === true).length,
    },
    cases: results,
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

function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/**
 * The statuses in report order.
 *
 * @example
 * for (const status of CASE_STATUSES) console.log(status, report.summary.total[status]);
 */
export const CASE_STATUSES: readonly CaseStatus[] = STATUSES;
