import type { CaseResult, CaseStatus } from "../execution/case-result.js";
import type { RunIdentity } from "../identity/run-identity.js";
import { computeVerdict, type VerdictOutcome } from "../verdict/compute-verdict.js";
import type { RunSelection } from "../verdict/run-selection.js";
import { groupRootCauses, type RootCause } from "./root-causes.js";

/**
 * Counts per status.
 *
 * @example
 * ```ts
 * const counts: StatusCounts = { passed: 60, failed: 2, skipped: 5, "not-implemented": 0, error: 0 };
 * ```
 * @public
 */
export type StatusCounts = Record<CaseStatus, number>;

/**
 * Everything a report shows about a finished run. `results.json` is this object, serialized.
 *
 * @example
 * ```ts
 * declare const config: RunConfig, io: RunIo;
 * const { report } = await runConformance(config, io);
 * report?.summary.total.failed; // 2 (no report when the run could not start)
 * ```
 * @public
 */
export interface RunReport {
  runner: { name: string; version: string };
  fixtureSet: { name: string; version: string };
  runId: string;
  /** What was tested, where, when, how and with what: the same block in every report format. */
  identity: RunIdentity;
  startedAt: string;
  durationMs: number;
  target: string;
  client: string;
  /** The redacted configuration. */
  config: Record<string, unknown>;
  /** The exit code the CLI returns: 0 every required case passed (none skipped, unless allowed), 1 otherwise. */
  exitCode: 0 | 1;
  /** One sentence: conformant, partial or not, and why (from `computeVerdict`). */
  verdict: string;
  /** The verdict's outcome; only `conformant` is a certification. */
  outcome: VerdictOutcome;
  /** True only when the whole published set ran, unfiltered, nothing skipped and nothing counted against it. */
  certified: boolean;
  /** How much of the published case set the run selected, and what narrowed it. */
  selection: RunSelection;
  interrupted: boolean;
  summary: {
    total: StatusCounts;
    byTag: Record<string, StatusCounts>;
    /** Failed cases whose every failure is on a step marked `inferred` (counted in `total.failed` too). */
    failedOnlyOnInferredSteps: number;
    /** Required cases that failed only where S3's behaviour is an inference: reported, not counted. */
    failedOnlyOnInferences: string[];
    /** Failed cases grouped by the deviation that failed them, largest group first. */
    rootCauses: RootCause[];
  };
  cases: CaseResult[];
}

/**
 * Run facts known before the cases run.
 *
 * @internal
 */
export type RunMeta = Omit<
  RunReport,
  | "exitCode"
  | "verdict"
  | "outcome"
  | "certified"
  | "selection"
  | "summary"
  | "cases"
  | "durationMs"
  | "interrupted"
>;

const STATUSES: CaseStatus[] = ["passed", "failed", "skipped", "not-implemented", "error"];

/**
 * How strict the exit code is about cases that did not run.
 *
 * @internal
 */
export interface RunReportOptions {
  /** A skipped required case does not fail the run (the verdict still says "partial" and names it). */
  allowSkipped?: boolean;
  /** What the run selected of the published set; without it, the results are taken as the whole set. */
  selection?: RunSelection;
  /** `--strict-expected`: an expected failure that now passes fails the run. */
  strictExpected?: boolean;
}

/**
 * Counts, and the verdict and exit code of `computeVerdict`: exit 1 when any case errored, a required case
 * failed on a step backed by evidence, was not implemented or was skipped (unless `allowSkipped`), or the
 * run was interrupted. Recommended failures and failures where S3's behaviour is inferred are reported but
 * do not fail the run; a narrowed selection is "partial", never "conformant".
 *
 * @internal
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
  const selection = options.selection ?? {
    selected: results.length,
    published: results.length,
    narrowedBy: [],
  };
  const verdict = computeVerdict({
    results,
    interrupted,
    selection,
    ...(options.allowSkipped === undefined ? {} : { allowSkipped: options.allowSkipped }),
    ...(options.strictExpected === undefined ? {} : { strictExpected: options.strictExpected }),
  });
  const sortedTags = Object.fromEntries(Object.entries(byTag).sort(([a], [b]) => a.localeCompare(b)));
  return {
    ...meta,
    durationMs,
    exitCode: verdict.exitCode,
    verdict: verdict.sentence,
    outcome: verdict.outcome,
    certified: verdict.certified,
    selection,
    interrupted,
    summary: {
      total,
      byTag: sortedTags,
      failedOnlyOnInferredSteps: results.filter((r) => r.failedOnlyOnInferredSteps === true).length,
      failedOnlyOnInferences: verdict.failedOnlyOnInferences,
      rootCauses: groupRootCauses(results),
    },
    cases: results,
  };
}

function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/**
 * The statuses in report order.
 *
 * @internal
 */
export const CASE_STATUSES: readonly CaseStatus[] = STATUSES;
