// The fixture set against the issue that specifies it (issue 5, "Fixtures"), independent of any client or
// target: every case id the issue names exists and validates, so deleting or renaming one fails here (ids are
// a public contract); every other id is an extra. Where the issue says what a case must cover, that is checked
// from the case file too.
import { type ConformanceCase, loadCases, type Step } from "@s3-inventory/fixtures";
import { describe, expect, it } from "vitest";
import { loadValidatedCases } from "../src/cases/load-validated-cases.js";

// Copied from the issue, in its order. The issue's list has 40 case ids (41 names in backticks, one of them
// the header `x-amz-request-id` inside the `error-document-format` item).
const ISSUE_CASE_IDS = [
  "example-1-weekly-orc",
  "example-2-daily-csv",
  "round-trip-all-optional-fields",
  "round-trip-sse-s3",
  "round-trip-sse-kms",
  "round-trip-filter-prefix",
  "round-trip-destination-prefix",
  "round-trip-disabled",
  "round-trip-included-object-versions-current",
  "round-trip-special-characters",
  "get-returns-no-defaults",
  "optional-fields-order-preserved",
  "overwrite-same-id",
  "list-empty",
  "list-sorted-by-id",
  "list-pagination-over-100",
  "delete-then-get-404",
  "delete-missing-404",
  "delete-keeps-bucket-and-other-configurations",
  "limit-1000-then-too-many-configurations",
  "id-64-characters-accepted",
  "id-65-characters-rejected",
  "id-invalid-characters",
  "get-missing-configuration",
  "id-mismatch",
  "destination-not-arn",
  "destination-arn-with-namespace",
  "invalid-format",
  "invalid-frequency",
  "invalid-included-object-versions",
  "invalid-optional-field",
  "malformed-xml",
  "missing-required-element",
  "no-such-bucket",
  "expected-bucket-owner-match",
  "expected-bucket-owner-mismatch",
  "expected-bucket-owner-invalid",
  "anonymous-request-denied",
  "put-status-204",
  "error-document-format",
];

const { cases } = await loadCases();
const byId = new Map(cases.map((c) => [c.id, c]));

function caseNamed(id: string): ConformanceCase {
  const found = byId.get(id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
}

// Operation name of a step, for raw steps too (GET with `id` is a Get, without it a List).
function operationOf(step: Step): string {
  const inner = "repeat" in step ? step.repeat.step : step;
  if ("operation" in inner) return inner.operation;
  const { method, query } = inner.http;
  const name: Record<string, string> = {
    PUT: "PutBucketInventoryConfiguration",
    DELETE: "DeleteBucketInventoryConfiguration",
    GET: "id" in query ? "GetBucketInventoryConfiguration" : "ListBucketInventoryConfigurations",
  };
  return name[method] ?? method;
}

describe("the fixture set holds every case the issue names", () => {
  it("lists the issue's 40 case ids once each", () => {
    expect(new Set(ISSUE_CASE_IDS).size).toBe(ISSUE_CASE_IDS.length);
    expect(ISSUE_CASE_IDS).toHaveLength(40);
  });

  it("has every one of them; every other case is an extra", () => {
    const ids = cases.map((c) => c.id);
    expect(ISSUE_CASE_IDS.filter((id) => !byId.has(id))).toEqual([]);
    const extras = ids.filter((id) => !ISSUE_CASE_IDS.includes(id));
    expect([...ISSUE_CASE_IDS, ...extras].sort()).toEqual([...ids].sort());
    expect(extras).toContain("configurations-are-per-bucket");
  });

  it("validates all of them as the runner loads them (schema and placeholders)", async () => {
    const validated = new Set((await loadValidatedCases(undefined)).cases.map((c) => c.id));
    expect(ISSUE_CASE_IDS.filter((id) => !validated.has(id))).toEqual([]);
  });
});

describe("the cases cover what the issue asks of them", () => {
  const ALL_FOUR = [
    "DeleteBucketInventoryConfiguration",
    "GetBucketInventoryConfiguration",
    "ListBucketInventoryConfigurations",
    "PutBucketInventoryConfiguration",
  ];

  it("no-such-bucket: all four operations answer NoSuchBucket", () => {
    const steps = caseNamed("no-such-bucket").steps.filter(
      (s) => !("repeat" in s) && s.expect?.error?.code === "NoSuchBucket",
    );
    expect([...new Set(steps.map(operationOf))].sort()).toEqual(ALL_FOUR);
  });

  it("limit-1000-then-too-many-configurations: 1,000, then refused, an overwrite at the limit, a delete, a new PUT", () => {
    const steps = caseNamed("limit-1000-then-too-many-configurations").steps;
    const refused = steps.findIndex(
      (s) => !("repeat" in s) && s.expect?.error?.code === "TooManyConfigurations",
    );
    const deleted = steps.findIndex((s) => operationOf(s) === "DeleteBucketInventoryConfiguration");
    const succeedingPuts = steps
      .map((s, i) => [s, i] as const)
      .filter(
        ([s]) => !("repeat" in s) && operationOf(s) === "PutBucketInventoryConfiguration" && !s.expect?.error,
      )
      .map(([, i]) => i);
    expect(steps[0] && "repeat" in steps[0] ? steps[0].repeat.count : 0).toBe(1000);
    expect(refused).toBeGreaterThan(0);
    expect(succeedingPuts.some((i) => i > refused && i < deleted)).toBe(true); // the overwrite at the limit
    expect(succeedingPuts.some((i) => i > deleted)).toBe(true); // a new one after the delete
  });

  it("error-document-format: Code, Message, RequestId, x-amz-request-id and application/xml", () => {
    const expectation = caseNamed("error-document-format")
      .steps.flatMap((s) => ("repeat" in s ? [] : [s.expect]))
      .find((e) => e?.error !== undefined);
    expect(expectation?.error?.code).toBeTruthy();
    expect(expectation?.error?.message ?? expectation?.error?.messagePattern).toBeTruthy();
    expect(expectation?.error?.fields).toHaveProperty("RequestId");
    expect(expectation?.headers).toHaveProperty("x-amz-request-id");
    expect(JSON.stringify(expectation?.headers?.["content-type"])).toContain("application/xml");
  });

  it("example-1-weekly-orc and example-2-daily-csv come from the seed", () => {
    for (const id of ["example-1-weekly-orc", "example-2-daily-csv"])
      expect(caseNamed(id).provenance.kind).toBe("seed-example");
  });
});
