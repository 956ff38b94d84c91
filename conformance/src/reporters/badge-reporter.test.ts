import { describe, expect, it } from "vitest";
import { sampleReport } from "../../test/support/sample-report.js";
import { renderBadge } from "./badge-reporter.js";
import { buildRunReport } from "./run-report.js";

describe("badge.svg", () => {
  const sample = sampleReport();
  const passed = sample.cases.map((c) => ({ ...c, status: "passed" as const, failures: [] }));
  const whole = { selected: passed.length, published: passed.length, narrowedBy: [] };

  it.each([
    ["conformant 5/5", buildRunReport(sample, passed, 1, false, { selection: whole }), "#2e7d32"],
    [
      "partial 2/5",
      buildRunReport(sample, passed.slice(0, 2), 1, false, {
        selection: { selected: 2, published: 5, narrowedBy: ["--grep x"] },
      }),
      "#b26a00",
    ],
    ["not conformant 1/5", sample, "#c62828"],
  ])("%s", (message, report, colour) => {
    const svg = renderBadge(report);
    expect(svg).toContain(`<title>S3 inventory: ${message}</title>`);
    expect(svg).toContain(`fill="${colour}"`);
  });
});
