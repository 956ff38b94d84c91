// Declared deviations: an expected failure keeps the run green but is still reported failed; a new failure
// fails the run; an expected failure that passes is "fixed: remove it"; the certificate never counts a waived
// case as passed.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCases } from "@s3-inventory/fixtures";
import { afterAll, describe, expect, it } from "vitest";
import type { Certificate } from "../src/certificate/certificate.js";
import { verifyCommand } from "../src/cli/verify-command.js";
import { buildRunReport } from "../src/reporters/run-report.js";
import { wrongErrorCode } from "./support/breakages.js";
import { expectingCode } from "./support/predict-outcomes.js";
import { runAgainst } from "./support/run-against.js";
import { idsWith } from "./support/run-quietly.js";

const dir = await mkdtemp(join(tmpdir(), "expected-failures-"));
afterAll(() => rm(dir, { recursive: true, force: true }));
const { cases } = await loadCases();
const deviating = expectingCode(cases, "NoSuchConfiguration").sort();
const passing = "put-status-204"; // passes against this breakage

async function declare(name: string, ids: string[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, ids.map((id) => `- id: ${id}\n  reason: known (ticket 17)\n`).join(""));
  return path;
}

describe("--expected-failures", () => {
  it("all deviations declared: exit 0, still failed, 'conformant with N declared deviations', fixed named", async () => {
    const file = await declare("all.yaml", [...deviating, passing]);
    const out = join(dir, "all");
    const outcome = await runAgainst(wrongErrorCode, [
      "--expected-failures",
      file,
      "--reporter",
      "certificate,badge,markdown",
      "--output-dir",
      out,
    ]);
    expect(outcome.exitCode).toBe(0);
    expect(idsWith(outcome, "failed")).toEqual(deviating);
    expect(outcome.report?.verdict).toMatch(
      new RegExp(`^conformant with ${deviating.length} declared deviation\\(s\\)`),
    );
    expect(outcome.report?.verdict).toContain(`fixed: remove ${passing} from the expected-failures file`);
    const certificate = JSON.parse(await readFile(join(out, "certificate.json"), "utf8")) as Certificate;
    expect(certificate.counts.failed).toBe(deviating.length);
    expect(certificate.counts.passed).toBe(cases.length - deviating.length);
    expect(await readFile(join(out, "badge.svg"), "utf8")).toContain(
      `conformant with ${deviating.length} deviations`,
    );
    expect(await readFile(join(out, "summary.md"), "utf8")).toContain(
      "> declared deviation: known (ticket 17)",
    );
    expect(await verifyCommand([out], () => {})).toBe(0);
    // --strict-expected: the same statuses, with the fixed entry, fail the run.
    const report = outcome.report;
    if (report === undefined) throw new Error("no report");
    const strict = buildRunReport(report, report.cases, 1, false, {
      selection: report.selection,
      strictExpected: true,
    });
    expect(strict.exitCode).toBe(1);
  }, 180_000);

  it("one deviation not declared: the new failure fails the run", async () => {
    const [undeclared, ...rest] = deviating;
    const outcome = await runAgainst(wrongErrorCode, [
      "--expected-failures",
      await declare("some.yaml", rest),
    ]);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report?.verdict).toMatch(/^not conformant: 1 required case\(s\) failed/);
    expect(outcome.report?.cases.find((c) => c.id === undeclared)?.expectedFailure).toBeUndefined();
  }, 180_000);
});
