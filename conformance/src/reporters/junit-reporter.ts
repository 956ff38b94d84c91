import type { CaseResult } from "../execution/case-result.js";
import { describeExpectedFailure } from "../expected-failures/describe-expected-failure.js";
import { describePartialSelection, isWholeSet } from "../verdict/run-selection.js";
import { escapeMarkup as escapeXml } from "./escape-markup.js";
import { formatEvidence } from "./format-evidence.js";
import { formatStepFailure } from "./format-mismatch.js";
import type { Reporter } from "./reporter.js";
import { setupStepNote } from "./root-causes.js";
import type { RunReport } from "./run-report.js";
import type { Redactor } from "./secret-redactor.js";
import { writeReportFile } from "./write-report-file.js";

/**
 * `junit.xml` for CI. A not-implemented case is a `<failure type="not-implemented">` (never hidden as a skip),
 * an error is an `<error>`, a skipped case `<skipped>` with its reason. The redacted config is in `<properties>`.
 *
 * @internal
 */
export function createJunitReporter(directory: string, redact: Redactor): Reporter {
  return { onRunEnd: (report) => writeReportFile(directory, "junit.xml", renderJunit(report), redact) };
}

/**
 * The JUnit XML document of a report.
 *
 * @internal
 */
export function renderJunit(report: RunReport): string {
  const total = report.summary.total;
  const properties = Object.entries({
    ...report.config,
    runner: report.runner.version,
    fixtures: report.fixtureSet.version,
    runId: report.runId,
    identity: report.identity,
    verdict: report.verdict,
    rootCauses: report.summary.rootCauses.map((c) => `${c.signature}: ${c.cases.join(", ")}`),
    certified: report.certified,
    selection: isWholeSet(report.selection)
      ? `whole published set (${report.selection.published} cases)`
      : describePartialSelection(report.selection),
  })
    .map(
      ([name, value]) =>
        `      <property name="${escapeXml(name)}" value="${escapeXml(JSON.stringify(value) ?? "")}"/>`,
    )
    .join("\n");
  const cases = report.cases.map(renderCase).join("\n");
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="s3-inventory-conformance" tests="${report.cases.length}" failures="${total.failed + total["not-implemented"]}" errors="${total.error}" skipped="${total.skipped}" time="${seconds(report.durationMs)}">`,
    `  <testsuite name="${escapeXml(report.target)}" tests="${report.cases.length}" failures="${total.failed + total["not-implemented"]}" errors="${total.error}" skipped="${total.skipped}" time="${seconds(report.durationMs)}" timestamp="${report.startedAt}">`,
    "    <properties>",
    properties,
    "    </properties>",
    cases,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}

function renderCase(result: CaseResult): string {
  const open = `    <testcase classname="s3-inventory.${result.severity}.${escapeXml(result.tags[0] ?? "case")}" name="${escapeXml(result.id)}" time="${seconds(result.durationMs)}">`;
  const details = escapeXml(result.failures.flatMap(formatStepFailure).join("\n"));
  const reason = escapeXml(result.reason ?? "");
  let body = "";
  // A failure only on steps marked `inferred` is still a failure (the exit code does not change); its message
  // says so, for whoever weighs it in the CI view.
  const declared = describeExpectedFailure(result);
  const setup = setupStepNote(result);
  const prefix = `${declared ? `${declared}: ` : ""}${result.failedOnlyOnInferredSteps ? "only inferred steps failed: " : ""}${setup ? `${setup}; the case tests: ` : ""}`;
  if (result.status === "failed")
    body = `      <failure type="failed" message="${escapeXml(`${prefix}${result.title}`)}">${details}</failure>`;
  else if (result.status === "not-implemented")
    body = `      <failure type="not-implemented" message="${reason}">${details}</failure>`;
  else if (result.status === "error") body = `      <error message="${reason}"/>`;
  else if (result.status === "skipped") body = `      <skipped message="${reason}"/>`;
  const cleanup =
    result.cleanup.status === "failed"
      ? `      <system-err>cleanup failed: ${escapeXml(result.cleanup.message ?? "")}</system-err>`
      : "";
  const evidence = `      <properties><property name="evidence" value="${escapeXml(formatEvidence(result.evidence.entries ?? []))}"/></properties>`;
  return [open, evidence, body, cleanup, "    </testcase>"].filter((l) => l !== "").join("\n");
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}
