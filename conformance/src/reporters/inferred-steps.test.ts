// A case mixing documented and inferred steps: a failure on a step marked `inferred` is reported as such in
// every report, but never fails the run (an inference cannot fail a certification); a documented one does.
import { parseXml } from "@s3-inventory/model";
import { describe, expect, it } from "vitest";
import { sampleReport } from "../../test/support/sample-report.js";
import type { CaseResult, StepFailure } from "../execution/case-result.js";
import { createConsoleReporter } from "./console-reporter.js";
import { renderJunit } from "./junit-reporter.js";
import { renderMarkdown } from "./markdown-reporter.js";
import { buildRunReport } from "./run-report.js";

const WHY = "Inferred: only creating a new configuration is refused at the limit.";
const inferredFailure: StepFailure = {
  step: 4,
  name: "overwrite at the limit",
  inferred: WHY,
  request: "PutBucketInventoryConfiguration Bucket=b Id=lim-0500",
  response: "400 TooManyConfigurations",
  mismatches: [{ path: "error", expected: "success", actual: "400 TooManyConfigurations" }],
};
const limitCase: CaseResult = {
  id: "limit-1000-then-too-many-configurations",
  title: "A bucket holds 1,000 configurations",
  severity: "required",
  tags: ["limits"],
  evidence: {
    kind: "documented-rule",
    source: "S3 API reference",
    entries: [
      { id: "too-many-configurations-400", kind: "documented" },
      { id: "overwrite-at-limit-accepted", kind: "inference" },
    ],
  },
  status: "failed",
  durationMs: 10,
  failures: [inferredFailure],
  failedOnlyOnInferredSteps: true,
  cleanup: { status: "done" },
};

function reportWith(...results: CaseResult[]) {
  return buildRunReport(sampleReport(), results, 10, false);
}

describe("a failure on an inferred step", () => {
  it("does not fail the run when the case is required, and the verdict names it", () => {
    const report = reportWith(limitCase);
    expect(report.exitCode).toBe(0);
    expect(report.verdict).toBe(
      "conformant: every required case passed; 1 required case(s) differ from S3 only where its behaviour is inferred (reported, not counted): limit-1000-then-too-many-configurations",
    );
    expect(report.summary.failedOnlyOnInferredSteps).toBe(1);
    expect(report.summary.failedOnlyOnInferences).toEqual([limitCase.id]);
  });

  it("does not fail the run in a recommended case, as any recommended failure", () => {
    expect(reportWith({ ...limitCase, severity: "recommended" }).exitCode).toBe(0);
  });

  it("is not called inferred-only when a documented step failed too", () => {
    const documented: StepFailure = { ...inferredFailure, step: 7, name: "new after delete" };
    delete documented.inferred;
    const mixed: CaseResult = { ...limitCase, failures: [inferredFailure, documented] };
    delete mixed.failedOnlyOnInferredSteps;
    const report = reportWith(mixed);
    expect(report.exitCode).toBe(1);
    expect(report.verdict).not.toMatch(/inferred/);
    expect(report.summary.failedOnlyOnInferredSteps).toBe(0);
    expect(renderMarkdown(report)).not.toContain("only on inferred steps");
  });

  it("is marked, with the case's evidence ids and kinds, in results.json, the console, markdown and junit.xml", async () => {
    const report = reportWith(limitCase);
    const json = JSON.parse(JSON.stringify(report));
    expect(json.cases[0]).toMatchObject({
      failedOnlyOnInferredSteps: true,
      failures: [{ inferred: WHY }],
      evidence: { entries: limitCase.evidence.entries },
    });
    const evidenceLine = "too-many-configurations-400 (documented), overwrite-at-limit-accepted (inference)";

    let text = "";
    const reporter = createConsoleReporter((t) => (text += t), { color: false });
    reporter.onCaseEnd?.(limitCase, 1, 1);
    await reporter.onRunEnd(report);
    expect(text).toContain(
      '[1/1] ✗ limit-1000-then-too-many-configurations (step 4 [inferred]: error: expected "success", got "400 TooManyConfigurations") [only inferred steps failed]',
    );
    expect(text).toContain("failed (only on inferred steps; every documented step passed)");
    expect(text).toContain(
      `step 4 "overwrite at the limit" [inferred step]: PutBucketInventoryConfiguration`,
    );
    expect(text).toContain(`why inferred: ${WHY}`);
    expect(text).toContain(`  evidence: ${evidenceLine}`);

    const markdown = renderMarkdown(report);
    expect(markdown).toContain(
      "### `limit-1000-then-too-many-configurations`: failed (required, only on inferred steps; every documented step passed)",
    );
    expect(markdown).toContain(`why inferred: ${WHY}`);
    expect(markdown).toContain(`| \`${limitCase.id}\` | required | failed | ${evidenceLine} |`);

    const testcase = parseXml(renderJunit(report)).children[0]?.children.find((c) => c.name === "testcase");
    const failure = testcase?.children.find((c) => c.name === "failure");
    expect(failure?.attributes).toMatchObject({
      type: "failed",
      message: "only inferred steps failed: A bucket holds 1,000 configurations",
    });
    expect(failure?.text).toContain("[inferred step]");
    const property = testcase?.children.find((c) => c.name === "properties")?.children[0];
    expect(property?.attributes).toEqual({ name: "evidence", value: evidenceLine });
  });
});
