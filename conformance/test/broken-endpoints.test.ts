// The runner against deliberately broken endpoints: the mock engine with one behaviour changed at a time.
// Each breakage must fail exactly the cases that depend on that behaviour (predicted from the case files),
// and every other case must still pass.
import {
  type ConformanceCase,
  isCertifyingStep,
  loadCases,
  type Step,
  stepEvidenceIds,
} from "@s3-inventory/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/reporters/markdown-reporter.js";
import type { RunReport } from "../src/reporters/run-report.js";
import {
  type Breakage,
  deleteRemovesBucket,
  noLimit,
  noPagination,
  notImplemented,
  put200,
  refusesOverwriteAtLimit,
  storeKeyedByIdOnly,
  storesNothing,
  swappedNamespaces,
  wrongErrorCode,
} from "./support/breakages.js";
import {
  assertingRootNamespace,
  expectingCode,
  expectingPut204,
  needingPagination,
  overwritingAtTheLimit,
  readingStoredState,
  startingWithSignedInventoryRequest,
  usingBucketAfterDelete,
  usingSecondBucket,
} from "./support/predict-outcomes.js";
import { runAgainst } from "./support/run-against.js";
import { idsWith } from "./support/run-quietly.js";

const { cases } = await loadCases();
const allIds = cases.map((c) => c.id).sort();

const scenarios: Array<
  [string, Breakage, "failed" | "not-implemented", (all: ConformanceCase[]) => string[], string]
> = [
  [
    "wrong error code",
    wrongErrorCode,
    "failed",
    (all) => expectingCode(all, "NoSuchConfiguration"),
    "get-missing-configuration",
  ],
  ["200 instead of 204", put200, "failed", expectingPut204, "put-status-204"],
  ["a stub that stores nothing", storesNothing, "failed", readingStoredState, "round-trip-sse-kms"],
  [
    "a DELETE that removes the bucket",
    deleteRemovesBucket,
    "failed",
    usingBucketAfterDelete,
    "delete-keeps-bucket-and-other-configurations",
  ],
  ["no pagination", noPagination, "failed", needingPagination, "list-pagination-over-100"],
  [
    "no limit",
    noLimit,
    "failed",
    (all) => expectingCode(all, "TooManyConfigurations"),
    "limit-1000-then-too-many-configurations",
  ],
  [
    "one store for every bucket (configurations keyed by id alone)",
    storeKeyedByIdOnly,
    "failed",
    usingSecondBucket,
    "configurations-are-per-bucket",
  ],
  [
    "namespaces swapped (none on Get/List roots, S3's on <Error>)",
    swappedNamespaces,
    "failed",
    assertingRootNamespace,
    "error-document-format",
  ],
  [
    "501 for every inventory request",
    notImplemented,
    "not-implemented",
    startingWithSignedInventoryRequest,
    "put-status-204",
  ],
];

describe("the unbroken engine behind --endpoint", () => {
  it("passes every case (the control for the breakages below)", async () => {
    const outcome = await runAgainst(undefined);
    expect(idsWith(outcome, "passed")).toEqual(allIds);
  }, 180_000);
});

// Each scenario's run, kept for the root-cause checks after them.
const outcomes = new Map<Breakage, Awaited<ReturnType<typeof runAgainst>>>();

describe.each(scenarios)("broken endpoint: %s", (_name, breakage, status, predict, example) => {
  let outcome: Awaited<ReturnType<typeof runAgainst>>;
  beforeAll(async () => {
    outcome = await runAgainst(breakage);
    outcomes.set(breakage, outcome);
  }, 180_000);

  it(`marks exactly the predicted cases ${status}, and passes the others`, () => {
    const predicted = predict(cases).sort();
    expect(predicted).toContain(example);
    expect(idsWith(outcome, status)).toEqual(predicted);
    expect(idsWith(outcome, "passed")).toEqual(allIds.filter((id) => !predicted.includes(id)));
    expect(idsWith(outcome, "error")).toEqual([]);
  });

  it("exits 1 and says why", () => {
    expect(outcome.exitCode).toBe(1);
    expect(outcome.output).toContain(example);
  });
});

describe("broken endpoint: an overwrite at the limit counted as a new configuration", () => {
  // The limit case documents the 1,000 limit and infers that an overwrite at the limit succeeds (steps whose
  // evidence is an inference). This endpoint differs only there: the case fails on exactly those steps, the
  // certifying steps after them still run and pass, and the run does not fail (severity follows evidence).
  let outcome: Awaited<ReturnType<typeof runAgainst>>;
  beforeAll(async () => {
    outcome = await runAgainst(refusesOverwriteAtLimit);
  }, 180_000);

  it("fails exactly the predicted cases, only on their inferred steps, names them and exits 0", () => {
    const predicted = overwritingAtTheLimit(cases).sort();
    expect(predicted).toEqual(["limit-1000-then-too-many-configurations"]);
    expect(idsWith(outcome, "failed")).toEqual(predicted);
    expect(idsWith(outcome, "passed")).toEqual(allIds.filter((id) => !predicted.includes(id)));
    for (const id of predicted) {
      const steps = cases.find((c) => c.id === id)?.steps ?? [];
      const c = cases.find((x) => x.id === id) as ConformanceCase;
      // The steps this endpoint's refusal touches: the overwrite at the limit and its effect.
      const inferredSteps = steps.flatMap((step, i) =>
        stepEvidenceIds(c, step).includes("overwrite-at-limit-accepted") ? [i + 1] : [],
      );
      const result = outcome.report?.cases.find((c) => c.id === id);
      expect(inferredSteps.length).toBeGreaterThan(0);
      expect(result?.failures.map((f) => f.step)).toEqual(inferredSteps);
      expect(result?.failures.every((f) => f.inferred !== undefined)).toBe(true);
      expect(result?.failures.every((f) => !isCertifyingStep(c, c.steps[f.step - 1] as Step))).toBe(true);
      expect(result?.failedOnlyOnInferredSteps).toBe(true);
    }
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report?.verdict).toBe(
      "conformant: every required case passed; 1 required case(s) differ from S3 only where its behaviour is inferred (reported, not counted): limit-1000-then-too-many-configurations",
    );
    expect(outcome.output).toContain("[inferred step]");
  });
});

describe("root causes: one deviation, however many cases it fails", () => {
  it.each([
    [
      "a DELETE that removes the bucket",
      deleteRemovesBucket,
      usingBucketAfterDelete,
      "DELETE ?inventory -> bucket gone",
    ],
    ["200 instead of 204", put200, expectingPut204, "PUT ?inventory -> 200 not 204"],
  ])(
    "%s: one group, named by operation and answer, in the console, json and markdown",
    (_name, breakage, predict, signature) => {
      const outcome = outcomes.get(breakage);
      const predicted = predict(cases).sort();
      expect(predicted.length).toBeGreaterThan(1);
      const causes = outcome?.report?.summary.rootCauses;
      expect(causes).toEqual([{ signature, cases: predicted, counted: true }]);
      const count = `1 deviation, ${predicted.length} cases`;
      expect(outcome?.output).toContain(
        `Root causes: ${count}\n  ${signature}: ${predicted.length} case(s): ${predicted.join(", ")}\n`,
      );
      expect(renderMarkdown(outcome?.report as RunReport)).toContain(`## Root causes: ${count}`);
    },
  );

  it("says when a case failed on a step it does not test", () => {
    const outcome = outcomes.get(deleteRemovesBucket);
    const recreate = cases.find((c) => c.id === "recreate-after-delete");
    // put, delete, put again (no expectation set: the case needs it), then the GET the case tests.
    expect(recreate?.steps[2]).not.toHaveProperty("expect");
    expect(outcome?.output).toMatch(
      /✗ recreate-after-delete \[recommended\] failed[^\n]*\n(?: {2}.*\n)*? {2}failed on a setup step: step 3 "[^"]+" \(PUT \?inventory\) answered 404 NoSuchBucket, not what the case tests\n/,
    );
    const failedOnTheirSubject = outcome?.report?.cases.find((c) => c.id === "delete-twice");
    expect(failedOnTheirSubject?.failures.at(-1)?.setup).toBeUndefined();
  });
});

afterAll(() => {
  // Nothing global to undo: each scenario had its own engine and server.
});
