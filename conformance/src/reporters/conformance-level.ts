import type { RunReport } from "./run-report.js";

/**
 * The standing of a run in a badge's words, from the verdict's outcome: `conformant` is the only
 * certification; `partial` a narrowed or incomplete run (or skipped required cases); otherwise `not conformant`.
 *
 * @internal
 */
export type ConformanceLevel = "conformant" | "partial" | "not conformant";

/**
 * A run's standing and the counts that back it (`passed` of `total` cases of the fixture set).
 *
 * @internal
 */
export function conformanceLevel(report: RunReport): {
  level: ConformanceLevel;
  passed: number;
  total: number;
  /** Declared deviations (`--expected-failures`) that still fail: a conformant run names them. */
  deviations: number;
} {
  const deviations = report.cases.filter((c) => c.expectedFailure?.outcome === "expected").length;
  const passed = report.summary.total.passed;
  const total = report.selection.published;
  const level: ConformanceLevel =
    report.outcome === "conformant"
      ? "conformant"
      : report.outcome === "partial" || report.outcome === "not-certified"
        ? "partial"
        : "not conformant";
  return { level, passed, total, deviations };
}
