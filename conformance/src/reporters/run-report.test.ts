import { describe, expect, it } from "vitest";
import { sampleReport } from "../../test/support/sample-report.js";
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

  it("exits 0 when only recommended cases fail or are skipped, and says the result is partial", () => {
    const report = sampleReport();
    const cases = report.cases
      .filter((c) => c.status !== "error" && c.status !== "not-implemented")
      .map((c) => (c.status === "passed" ? c : { ...c, severity: "recommended" as const }));
    const rebuilt = buildRunReport(report, cases, 10, false);
    expect(rebuilt.exitCode).toBe(0);
    expect(rebuilt.verdict).toMatch(/partial/);
  });

  it("exits 1 when a required case was skipped, naming it and why, unless skips are allowed", () => {
    const report = sampleReport();
    const cases = report.cases.filter((c) => c.status === "passed" || c.status === "skipped");
    expect(cases.find((c) => c.status === "skipped")?.severity).toBe("required");
    const strict = buildRunReport(report, cases, 10, false);
    expect(strict.exitCode).toBe(1);
    expect(strict.verdict).toBe(
      "not certified: every required case that ran passed, but 1 required case(s) skipped: list-sorted (needs a bucket of its own); fix that, or pass --allow-skipped to accept a partial result",
    );
    const allowed = buildRunReport(report, cases, 10, false, { allowSkipped: true });
    expect(allowed.exitCode).toBe(0);
    expect(allowed.verdict).toMatch(/partial result \(1 required case\(s\) skipped: list-sorted \(/);
  });

  it("groups required skips by reason, so the fix is said once", () => {
    const report = sampleReport();
    const passed = report.cases.filter((c) => c.status === "passed");
    const [first] = passed;
    if (first === undefined) throw new Error("the sample report has a passed case");
    const skipped = ["a", "b", "c"].map((id, n) => ({
      ...first,
      id,
      status: "skipped" as const,
      reason: n < 2 ? "needs the caller's account id: pass --account-id" : "needs a bucket of its own",
    }));
    expect(buildRunReport(report, [...passed, ...skipped], 10, false).verdict).toContain(
      "3 required case(s) skipped: a, b (needs the caller's account id: pass --account-id); c (needs a bucket of its own)",
    );
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
