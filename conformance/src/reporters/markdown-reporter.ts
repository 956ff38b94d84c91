import { describeExpectedFailure } from "../expected-failures/describe-expected-failure.js";
import { identityFields } from "../identity/identity-fields.js";
import { describePartialSelection, isWholeSet } from "../verdict/run-selection.js";
import { formatEvidence } from "./format-evidence.js";
import { formatStepFailure } from "./format-mismatch.js";
import type { Reporter } from "./reporter.js";
import { countRootCauses, setupStepNote } from "./root-causes.js";
import { CASE_STATUSES, type RunReport } from "./run-report.js";
import type { Redactor } from "./secret-redactor.js";
import { writeReportFile } from "./write-report-file.js";

/**
 * `summary.md`, fit for a CI job summary (e.g. `cat summary.md >> "$GITHUB_STEP_SUMMARY"`): verdict, versions,
 * counts by tag, and each failure with its diff.
 *
 * @internal
 */
export function createMarkdownReporter(directory: string, redact: Redactor): Reporter {
  return { onRunEnd: (report) => writeReportFile(directory, "summary.md", renderMarkdown(report), redact) };
}

/**
 * The markdown summary of a report.
 *
 * @internal
 */
export function renderMarkdown(report: RunReport): string {
  const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const lines = [
    `# S3 inventory conformance: ${report.verdict}`,
    "",
    `Target: ${cell(report.target)} · client: ${report.client} · runner ${report.runner.version} · fixtures ${report.fixtureSet.version} · run \`${report.runId}\` · ${(report.durationMs / 1000).toFixed(1)} s`,
    "",
    "| | |",
    "| --- | --- |",
    ...identityFields(report.identity).map(([label, value]) => `| ${label} | ${cell(value)} |`),
    "",
    `Selection: ${isWholeSet(report.selection) ? `the whole published set (${report.selection.published} cases)` : cell(describePartialSelection(report.selection))} · certified: ${report.certified ? "yes" : "no"}`,
    "",
    `| tag | ${CASE_STATUSES.join(" | ")} |`,
    `| --- | ${CASE_STATUSES.map(() => "---:").join(" | ")} |`,
    ...Object.entries(report.summary.byTag).map(
      ([tag, counts]) => `| ${cell(tag)} | ${CASE_STATUSES.map((s) => counts[s]).join(" | ")} |`,
    ),
    `| **all** | ${CASE_STATUSES.map((s) => `**${report.summary.total[s]}**`).join(" | ")} |`,
    "",
  ];
  const causes = report.summary.rootCauses;
  if (causes.length > 0) {
    lines.push(`## Root causes: ${countRootCauses(causes)}`, "");
    for (const cause of causes)
      lines.push(
        `- \`${cell(cause.signature)}\`: ${cause.cases.length} case(s)${cause.counted ? "" : " (not counted)"}: ${cause.cases.map((id) => `\`${id}\``).join(", ")}`,
      );
    lines.push("");
  }
  const notPassed = report.cases.filter((c) => c.status !== "passed");
  if (notPassed.length > 0) {
    lines.push("## Not passed", "");
    for (const result of notPassed) {
      const inferredOnly = result.failedOnlyOnInferredSteps
        ? ", only on inferred steps; every documented step passed"
        : "";
      lines.push(
        `### \`${result.id}\`: ${result.status} (${result.severity}${inferredOnly})`,
        "",
        cell(result.title),
        "",
      );
      lines.push(`Evidence: ${cell(formatEvidence(result.evidence.entries ?? []))}`, "");
      lines.push(`Provenance (${result.evidence.kind}): ${cell(result.evidence.source)}`, "");
      if (result.reason) lines.push(`> ${cell(result.reason)}`, "");
      const setup = setupStepNote(result);
      if (setup) lines.push(`> ${cell(setup)}`, "");
      const declared = describeExpectedFailure(result);
      if (declared) lines.push(`> ${cell(declared)}`, "");
      const details = result.failures.flatMap(formatStepFailure);
      if (details.length > 0) lines.push("```", ...details, "```", "");
    }
  }
  // Every case's evidence, passed or not, so a reader can weigh the whole result (ids resolve in the ledger
  // @s3-inventory/fixtures ships, evidence/ledger.json).
  lines.push(
    "## Evidence by case",
    "",
    "| case | severity | status | evidence (ledger id, kind) |",
    "| --- | --- | --- | --- |",
    ...report.cases.map(
      (c) =>
        `| \`${c.id}\` | ${c.severity} | ${c.status} | ${cell(formatEvidence(c.evidence.entries ?? []))} |`,
    ),
    "",
  );
  const cleanup = report.cases.filter((c) => c.cleanup.status === "failed");
  if (cleanup.length > 0) {
    lines.push(
      "## Cleanup problems (not counted as failures)",
      "",
      ...cleanup.map((c) => `- \`${c.id}\`: ${cell(c.cleanup.message ?? "")}`),
      "",
    );
  }
  return lines.join("\n");
}
