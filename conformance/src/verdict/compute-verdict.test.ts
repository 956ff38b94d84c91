import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CaseResult, CaseStatus } from "../execution/case-result.js";
import { computeVerdict } from "./compute-verdict.js";
import type { RunSelection } from "./run-selection.js";

const WHOLE: RunSelection = { selected: 3, published: 3, narrowedBy: [] };

function result(id: string, status: CaseStatus, extra: Partial<CaseResult> = {}): CaseResult {
  return {
    id,
    title: id,
    severity: "required",
    tags: ["t"],
    evidence: { kind: "aws-recording", source: "a recording" },
    status,
    durationMs: 1,
    failures:
      status === "failed" ? [{ step: 1, name: "put", request: "PUT", response: "200", mismatches: [] }] : [],
    cleanup: { status: "done" },
    ...extra,
  };
}

describe("computeVerdict", () => {
  it("calls only a whole, unfiltered, fully passed run conformant and certified", () => {
    const passed = ["a", "b", "c"].map((id) => result(id, "passed"));
    expect(computeVerdict({ results: passed, interrupted: false, selection: WHOLE })).toMatchObject({
      outcome: "conformant",
      certified: true,
      exitCode: 0,
      sentence: "conformant: every required case passed",
    });
  });

  it("says partial, with N of M and the flags, for a narrowed run that passed; the exit code stays 0", () => {
    const selection = { selected: 2, published: 71, narrowedBy: ["--grep ^example-"] };
    const verdict = computeVerdict({
      results: [result("a", "passed"), result("b", "passed")],
      interrupted: false,
      selection,
    });
    expect(verdict).toMatchObject({ outcome: "partial", certified: false, exitCode: 0 });
    expect(verdict.sentence).toBe(
      "partial: 2 of 71 cases selected (--grep ^example-); every selected required case passed; run the whole set to certify",
    );
  });

  it("calls --bail partial even when every case ran and passed", () => {
    const verdict = computeVerdict({
      results: ["a", "b", "c"].map((id) => result(id, "passed")),
      interrupted: false,
      selection: { ...WHOLE, narrowedBy: ["--bail"] },
    });
    expect(verdict.certified).toBe(false);
    expect(verdict.sentence).toMatch(/^partial: 3 of 3 cases selected \(--bail\)/);
  });

  it("names a failure on an inferred step, or in a case inferred as a whole, without failing the run", () => {
    const inferredStep = result("inferred-step", "failed", {
      failures: [
        { step: 2, name: "x", inferred: "Inferred: …", request: "PUT", response: "400", mismatches: [] },
      ],
    });
    const inferredCase = result("inferred-case", "failed", {
      evidence: { kind: "inference", source: "Inferred: …" },
    });
    const verdict = computeVerdict({
      results: [inferredStep, inferredCase, result("c", "passed")],
      interrupted: false,
      selection: WHOLE,
    });
    expect(verdict).toMatchObject({
      outcome: "conformant",
      exitCode: 0,
      failedOnlyOnInferences: ["inferred-step", "inferred-case"],
    });
    expect(verdict.sentence).toBe(
      "conformant: every required case passed; 2 required case(s) differ from S3 only where its behaviour is inferred (reported, not counted): inferred-step, inferred-case",
    );
  });

  it("fails the run when a required case fails on a documented step, even next to an inferred failure", () => {
    const mixed = result("mixed", "failed", {
      failures: [
        { step: 1, name: "x", inferred: "Inferred", request: "PUT", response: "400", mismatches: [] },
        { step: 2, name: "y", request: "GET", response: "404", mismatches: [] },
      ],
    });
    const verdict = computeVerdict({ results: [mixed], interrupted: false, selection: WHOLE });
    expect(verdict).toMatchObject({ outcome: "not-conformant", exitCode: 1, failedOnlyOnInferences: [] });
  });

  it("keeps a failure a failure in a narrowed run, and says the run was partial", () => {
    const verdict = computeVerdict({
      results: [result("a", "failed")],
      interrupted: false,
      selection: { selected: 1, published: 71, narrowedBy: ["--tag put"] },
    });
    expect(verdict.sentence).toBe(
      "not conformant: 1 required case(s) failed or not implemented, 0 error(s); partial: 1 of 71 cases selected (--tag put)",
    );
    expect(verdict.exitCode).toBe(1);
  });

  const status = fc.constantFrom<CaseStatus>("passed", "failed", "skipped", "not-implemented", "error");
  const caseArb = fc.record({
    status,
    severity: fc.constantFrom("required" as const, "recommended" as const),
    inference: fc.boolean(),
  });
  const selectionArb = fc.record({
    published: fc.integer({ min: 1, max: 80 }),
    narrowedBy: fc.subarray(["--grep x", "--tag t", "--exclude-tag slow", "--cases d", "--bail"]),
  });

  it("never certifies more than what ran, and certifies exactly when the exit code is 0 on a whole set with nothing skipped", () => {
    fc.assert(
      fc.property(
        fc.array(caseArb, { minLength: 1, maxLength: 12 }),
        selectionArb,
        fc.boolean(),
        fc.boolean(),
        (cases, sel, interrupted, allowSkipped) => {
          const results = cases.map((c, n) =>
            result(`c${n}`, c.status, {
              severity: c.severity,
              evidence: { kind: c.inference ? "inference" : "documented-rule", source: "s" },
            }),
          );
          const selection = { ...sel, selected: Math.min(results.length, sel.published) };
          const verdict = computeVerdict({ results, interrupted, selection, allowSkipped });
          const whole = sel.narrowedBy.length === 0 && selection.selected === sel.published;
          const nothingSkipped = results.every((r) => r.status !== "skipped");
          expect(verdict.certified).toBe(verdict.exitCode === 0 && whole && nothingSkipped && !interrupted);
          if (!whole)
            expect(verdict.sentence).toContain(`${selection.selected} of ${sel.published} cases selected`);
          if (verdict.certified) expect(verdict.sentence).toMatch(/^conformant/);
          else expect(verdict.sentence).not.toMatch(/^conformant/);
          const documentedFailure = results.some(
            (r) =>
              r.severity === "required" &&
              (r.status === "not-implemented" || (r.status === "failed" && r.evidence.kind !== "inference")),
          );
          if (documentedFailure || interrupted || results.some((r) => r.status === "error"))
            expect(verdict.exitCode).toBe(1);
        },
      ),
    );
  });
});
