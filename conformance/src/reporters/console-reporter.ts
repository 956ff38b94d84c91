import type { CaseResult, CaseStatus } from "../execution/case-result.js";
import { describeExpectedFailure } from "../expected-failures/describe-expected-failure.js";
import { identityFields } from "../identity/identity-fields.js";
import { describePartialSelection, isWholeSet } from "../verdict/run-selection.js";
import { formatEvidence } from "./format-evidence.js";
import { formatMismatch, formatStepFailure } from "./format-mismatch.js";
import type { Reporter, RunStart } from "./reporter.js";
import { countRootCauses, setupStepNote } from "./root-causes.js";
import { CASE_STATUSES, type RunReport } from "./run-report.js";

const SYMBOLS: Record<CaseStatus, string> = {
  passed: "✓",
  failed: "✗",
  skipped: "-",
  "not-implemented": "∅",
  error: "!",
};
const COLORS: Record<CaseStatus, number> = {
  passed: 32,
  failed: 31,
  skipped: 90,
  "not-implemented": 33,
  error: 35,
};

/**
 * The live console view: one line per finished case while the run goes, then the summary grouped by tag,
 * every failure with expected vs actual and its minimal diff, cleanup problems on their own, and the verdict.
 *
 * @internal
 */
export function createConsoleReporter(write: (text: string) => void, options: { color: boolean }): Reporter {
  const paint = (status: CaseStatus, text: string): string =>
    options.color ? `\x1b[${COLORS[status]}m${text}\x1b[0m` : text;
  let width = 1;
  return {
    onRunStart(start: RunStart) {
      width = String(start.total).length;
      const partial =
        start.selection === undefined || isWholeSet(start.selection)
          ? ""
          : ` (${describePartialSelection(start.selection)})`;
      write(
        `s3-inventory-conformance: ${start.total} case(s)${partial} against ${start.target}, ${start.client} client, run ${start.runId}\n\n`,
      );
    },
    onCaseEnd(result: CaseResult, finished: number, total: number) {
      const progress = `[${String(finished).padStart(width)}/${total}]`;
      const detail =
        result.status === "passed" ? `${result.durationMs} ms` : (result.reason ?? firstDifference(result));
      write(
        `${progress} ${paint(result.status, `${SYMBOLS[result.status]} ${result.id}`)} ${detailText(result, detail)}\n`,
      );
    },
    async onRunEnd(report: RunReport) {
      write(`\n${renderSummary(report, paint)}`);
      return undefined;
    },
  };
}

// The live line of a failed case: where it first differed, so progress already says what is wrong.
function firstDifference(result: CaseResult): string {
  const failure = result.failures[0];
  const mismatch = failure?.mismatches[0];
  const inferred = failure?.inferred === undefined ? "" : " [inferred]";
  return failure && mismatch ? `step ${failure.step}${inferred}: ${formatMismatch(mismatch)}` : result.status;
}

function detailText(result: CaseResult, detail: string): string {
  const severity = result.status !== "passed" && result.severity === "recommended" ? " [recommended]" : "";
  const inferredOnly = result.failedOnlyOnInferredSteps ? " [only inferred steps failed]" : "";
  return `(${detail})${severity}${inferredOnly}`;
}

function renderSummary(report: RunReport, paint: (status: CaseStatus, text: string) => string): string {
  const lines: string[] = [];
  const header = ["tag", ...CASE_STATUSES];
  const rows = Object.entries(report.summary.byTag).map(([tag, counts]) => [
    tag,
    ...CASE_STATUSES.map((s) => String(counts[s])),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  lines.push("Summary by tag", line(header), ...rows.map(line), "");

  const failing = report.cases.filter(
    (c) => c.status === "failed" || c.status === "not-implemented" || c.status === "error",
  );
  const causes = report.summary.rootCauses;
  if (causes.length > 0) {
    lines.push(`Root causes: ${countRootCauses(causes)}`);
    for (const cause of causes)
      lines.push(
        `  ${cause.signature}: ${cause.cases.length} case(s)${cause.counted ? "" : " (not counted)"}: ${cause.cases.join(", ")}`,
      );
    lines.push("");
  }
  if (failing.length > 0) {
    lines.push("Failures");
    for (const result of failing) {
      lines.push(
        paint(
          result.status,
          `${SYMBOLS[result.status]} ${result.id} [${result.severity}] ${result.status}${result.failedOnlyOnInferredSteps ? " (only on inferred steps; every documented step passed)" : ""}`,
        ),
        `  ${result.title}`,
        `  evidence: ${formatEvidence(result.evidence.entries ?? [])}`,
        `  provenance: ${result.evidence.kind}: ${shorten(result.evidence.source, 140)}`,
      );
      if (result.reason) lines.push(`  ${result.reason}`);
      const setup = setupStepNote(result);
      if (setup) lines.push(`  ${setup}`);
      const declared = describeExpectedFailure(result);
      if (declared) lines.push(`  ${declared}`);
      for (const failure of result.failures) lines.push(...formatStepFailure(failure).map((l) => `  ${l}`));
      lines.push("");
    }
  }
  const cleanupProblems = report.cases.filter((c) => c.cleanup.status === "failed");
  if (cleanupProblems.length > 0) {
    lines.push("Cleanup problems (reported apart, not counted as case failures)");
    for (const result of cleanupProblems) lines.push(`  ${result.id}: ${result.cleanup.message}`);
    lines.push("");
  }
  const alternatives = report.cases.filter((c) => c.acceptedAlternatives !== undefined);
  if (alternatives.length > 0) {
    lines.push("Accepted alternatives (permitted by S3, but not what S3 does)");
    for (const result of alternatives)
      lines.push(`  ${result.id}: ${result.acceptedAlternatives?.join("; ")}`);
    lines.push("");
  }
  const kept = report.cases.filter((c) => c.cleanup.status === "kept");
  if (kept.length > 0)
    lines.push(`--keep: left the state of ${kept.length} case(s) in place (see the json report)`, "");
  const counts = CASE_STATUSES.map((s) => `${report.summary.total[s]} ${s}`).join(", ");
  const identity = identityFields(report.identity).filter(([label]) =>
    ["product", "endpoint", "runner", "fixtures"].includes(label),
  );
  lines.push(...identity.map(([label, value]) => `${label}: ${value}`));
  lines.push(`${report.cases.length} cases: ${counts} in ${(report.durationMs / 1000).toFixed(2)} s`);
  lines.push(`${report.verdict} (exit ${report.exitCode})`, "");
  return lines.join("\n");
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
