import { ConfigurationError } from "@s3-inventory/cli-kit";
import type { ConformanceCase } from "@s3-inventory/fixtures";
import { describe, expect, it } from "vitest";
import { selectCases } from "./select-cases.js";

const make = (id: string, tags: string[]): ConformanceCase => ({
  id,
  title: `title of ${id}`,
  tags,
  severity: "required",
  provenance: { kind: "inference", source: "Inferred for a test." },
  evidence: ["list-empty-bucket"],
  steps: [{ operation: "HeadBucket", input: { Bucket: "${bucket}" } }],
});
const cases = [
  make("list-empty", ["list"]),
  make("limit-1000", ["put", "slow"]),
  make("put-status-204", ["put"]),
];

describe("selectCases", () => {
  it("filters by grep, tag and exclude-tag", () => {
    expect(selectCases(cases, { grep: "^list", tags: [], excludeTags: [] }).map((c) => c.id)).toEqual([
      "list-empty",
    ]);
    expect(selectCases(cases, { tags: ["put"], excludeTags: ["slow"] }).map((c) => c.id)).toEqual([
      "put-status-204",
    ]);
    expect(selectCases(cases, { grep: "TITLE OF PUT", tags: [], excludeTags: [] }).map((c) => c.id)).toEqual([
      "put-status-204",
    ]);
    expect(selectCases(cases, { grep: "^(?!limit-)", tags: [], excludeTags: [] }).map((c) => c.id)).toEqual([
      "list-empty",
      "put-status-204",
    ]);
  });

  it("refuses an empty selection and unknown tags instead of passing vacuously", () => {
    expect(() => selectCases(cases, { grep: "nothing", tags: [], excludeTags: [] })).toThrow(
      ConfigurationError,
    );
    expect(() => selectCases(cases, { tags: ["lsit"], excludeTags: [] })).toThrow(
      /no case has the tag "lsit"/,
    );
    expect(() => selectCases(cases, { grep: "(", tags: [], excludeTags: [] })).toThrow(
      /not a valid regular expression/,
    );
  });
});
