import { describe, expect, it } from "vitest";
import { sampleReport } from "../../test/support/sample-report.js";
import { createConsoleReporter } from "./console-reporter.js";
import { renderMarkdown } from "./markdown-reporter.js";

describe("console reporter", () => {
  it("prints progress with the first difference, then failures with their diff, cleanup problems and the verdict", async () => {
    const report = sampleReport();
    let text = "";
    const reporter = createConsoleReporter((t) => (text += t), { color: false });
    reporter.onRunStart?.({
      total: report.cases.length,
      target: report.target,
      client: "ours",
      runId: report.runId,
    });
    for (const [i, c] of report.cases.entries()) reporter.onCaseEnd?.(c, i + 1, report.cases.length);
    await reporter.onRunEnd(report);
    expect(text).toContain("[1/5] ✗ put-status-204 (step 1: status: expected 204, got 200)");
    expect(text).toContain("  - status: expected 204, got 200");
    expect(text).toContain("  provenance: aws-recording: LocalStack snapshot test_s3_inventory_report_crud");
    expect(text).toContain(
      "Cleanup problems (reported apart, not counted as case failures)\n  delete-missing: DELETE bucket b: 500",
    );
    expect(text).toMatch(/not conformant: .* \(exit 1\)/);
    expect(text).not.toContain("\x1b[");
  });
});

describe("markdown reporter", () => {
  it("has the verdict, a table by tag and every case that did not pass", () => {
    const markdown = renderMarkdown(sampleReport());
    expect(markdown.split("\n")[0]).toMatch(/^# S3 inventory conformance: not conformant/);
    expect(markdown).toContain("| list | 1 | 0 | 1 | 0 | 0 |");
    for (const id of ["put-status-204", "list-sorted", "get-missing", "delete-missing"])
      expect(markdown).toContain(`\`${id}\``);
  });
});
