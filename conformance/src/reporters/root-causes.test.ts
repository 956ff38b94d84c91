import { describe, expect, it } from "vitest";
import type { CaseResult, StepFailure } from "../execution/case-result.js";
import { countRootCauses, failureSignature, groupRootCauses, setupStepNote } from "./root-causes.js";

const failure = (extra: Partial<StepFailure>): StepFailure => ({
  step: 2,
  name: "get it back",
  operation: "GET ?inventory&id",
  request: "GetBucketInventoryConfiguration Bucket=s3inv-ab12cd34-3 Id=a",
  response: "200",
  mismatches: [],
  ...extra,
});

function failed(id: string, failures: StepFailure[], extra: Partial<CaseResult> = {}): CaseResult {
  return {
    id,
    title: id,
    severity: "required",
    tags: ["t"],
    evidence: { kind: "aws-recording", source: "s" },
    status: "failed",
    durationMs: 1,
    failures,
    cleanup: { status: "done" },
    ...extra,
  };
}

describe("failureSignature", () => {
  it.each([
    [
      "a status",
      {
        operation: "PUT ?inventory",
        response: "200",
        mismatches: [{ path: "status", expected: 204, actual: 200 }],
      },
      "PUT ?inventory -> 200 not 204",
    ],
    [
      "an error code",
      {
        response: "404 NoSuchInventoryConfiguration: gone",
        mismatches: [
          { path: "error.code", expected: "NoSuchConfiguration", actual: "NoSuchInventoryConfiguration" },
        ],
      },
      "GET ?inventory&id -> NoSuchInventoryConfiguration not NoSuchConfiguration",
    ],
    [
      "a NoSuchBucket after a DELETE: the DELETE took the bucket",
      {
        after: "DELETE ?inventory",
        response: "404 NoSuchBucket: The specified bucket does not exist",
        mismatches: [{ path: "status", expected: 200, actual: 404 }],
      },
      "DELETE ?inventory -> bucket gone",
    ],
    [
      "a HEAD's bare 404 after a DELETE",
      { operation: "HEAD bucket", after: "DELETE ?inventory", response: "404", mismatches: [] },
      "DELETE ?inventory -> bucket gone",
    ],
    [
      "an expected NoSuchBucket that came with the wrong status is not 'gone'",
      {
        after: "DELETE ?inventory",
        response: "400 NoSuchBucket",
        mismatches: [
          { path: "status", expected: 404, actual: 400 },
          { path: "error.code", expected: "NoSuchBucket", actual: "NoSuchBucket" },
        ],
      },
      "GET ?inventory&id -> 400 NoSuchBucket not 404",
    ],
    [
      "a NoSuchConfiguration after a PUT",
      {
        after: "PUT ?inventory",
        response: "404 NoSuchConfiguration: x",
        mismatches: [{ path: "status", expected: 200, actual: 404 }],
      },
      "PUT ?inventory -> configuration not kept",
    ],
    [
      "a list value: never the run's names",
      {
        operation: "GET ?inventory",
        mismatches: [
          { path: "output.InventoryConfigurationList[3].Id", expected: "s3inv-ab12cd34-x", actual: "y" },
        ],
      },
      "GET ?inventory -> output.InventoryConfigurationList[].Id differs",
    ],
  ])("%s", (_name, extra, signature) => {
    expect(failureSignature(failure(extra as Partial<StepFailure>))).toBe(signature);
  });
});

describe("groupRootCauses", () => {
  it("puts cases failing the same way together, largest group first, and counts them", () => {
    const put200 = failure({
      operation: "PUT ?inventory",
      mismatches: [{ path: "status", expected: 204, actual: 200 }],
    });
    const gone = failure({ after: "DELETE ?inventory", response: "404 NoSuchBucket", mismatches: [] });
    const causes = groupRootCauses([
      failed("a", [put200]),
      failed("b", [gone]),
      failed("c", [put200], { severity: "recommended" }),
      failed("d", [gone, put200]),
      failed("f", [gone]),
      { ...failed("e", []), status: "passed" },
    ]);
    expect(causes).toEqual([
      { signature: "DELETE ?inventory -> bucket gone", cases: ["b", "d", "f"], counted: true },
      { signature: "PUT ?inventory -> 200 not 204", cases: ["a", "c"], counted: true },
    ]);
    expect(countRootCauses(causes)).toBe("2 deviations, 5 cases");
    expect(countRootCauses(causes.slice(0, 1))).toBe("1 deviation, 3 cases");
  });

  it("groups by the failure backed by evidence, not by an inferred step before it", () => {
    const inferred = failure({
      inferred: "Inferred",
      response: "400 X",
      mismatches: [{ path: "status", expected: 204, actual: 400 }],
    });
    const documented = failure({
      operation: "PUT ?inventory",
      mismatches: [{ path: "status", expected: 204, actual: 200 }],
    });
    expect(groupRootCauses([failed("a", [inferred, documented])])[0]?.signature).toBe(
      "PUT ?inventory -> 200 not 204",
    );
    expect(groupRootCauses([failed("b", [inferred])])[0]?.counted).toBe(false);
  });
});

describe("setupStepNote", () => {
  it("names a failure on a step the case needs but does not test, and only that", () => {
    const setup = failure({
      step: 3,
      name: "put again",
      operation: "PUT ?inventory",
      setup: true,
      response: "404 NoSuchBucket: x",
    });
    expect(setupStepNote(failed("a", [setup]))).toBe(
      'failed on a setup step: step 3 "put again" (PUT ?inventory) answered 404 NoSuchBucket, not what the case tests',
    );
    expect(setupStepNote(failed("b", [failure({})]))).toBeUndefined();
  });
});
