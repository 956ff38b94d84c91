import { describe, expect, it } from "vitest";
import { sampleReport } from "../test-support/sample-report.js";
import { buildRunReport } from "./run-report.js";

describe("buildRunReport", () => {
  it("counts statuses overall and by tag", () => {
    const report = sampleReport();
    expect(report.summary.total).toEqual({
      passed: 1,
      failed: 1,
      skipped: 1,
      "not-implemented": 1,
      error: 1,
    });
    expect(report.summary.byTag.list).toEqual({
      passed: 1,
      failed: 0,
      skipped: 1,
      "not-implemented": 0,
      error: 0,
    });
    expect(report.exitCode).toBe(1);
  });

  it("exits 0 when only recommended cases fail or cases are skipped, and says the result is partial", () => {
    const report = sampleReport();
    const cases = report.cases
      .filter((c) => c.status !== "error" && c.status !== "not-implemented")
      .map((c) => (c.status === "failed" ? { ...c, severity: "recommended" as const } : c));
    const rebuilt = buildRunReport(report, cases, 10, false);
    expect(rebuilt.exitCode).toBe(0);
    expect(rebuilt.verdict).toMatch(/partial/);
  });

  it("never passes an interrupted run", () => {
    const report = sampleReport();
    const passedOnly = report.cases.filter((c) => c.status === "passed");
    expect(buildRunReport(report, passedOnly, 10, true)).toMatchObject({
      exitCode: 1,
      verdict: expect.stringMatching(/interrupted/),
    });
  });
});
