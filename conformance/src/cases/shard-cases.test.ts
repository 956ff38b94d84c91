import { ConfigurationError } from "@s3-inventory/cli-kit";
import type { ConformanceCase } from "@s3-inventory/fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseShard, shardCases } from "./shard-cases.js";

const casesOf = (length: number): ConformanceCase[] =>
  Array.from({ length }, (_, i) => ({ id: `case-${String(i).padStart(3, "0")}` }) as ConformanceCase);

describe("--shard I/N", () => {
  it("the shards partition the selection, in order, sizes within one of each other", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 16 }), (length, count) => {
        fc.pre(count <= length);
        const cases = casesOf(length);
        const parts = Array.from({ length: count }, (_, i) => shardCases(cases, { index: i + 1, count }));
        expect(
          parts
            .flat()
            .map((c) => c.id)
            .sort(),
        ).toEqual(cases.map((c) => c.id));
        const sizes = parts.map((p) => p.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(shardCases(cases, { index: 1, count }).map((c) => c.id)).toEqual(parts[0]?.map((c) => c.id));
      }),
    );
  });

  it("parses I/N and refuses the rest in one line", () => {
    expect(parseShard("2/3")).toEqual({ index: 2, count: 3 });
    for (const bad of ["0/3", "4/3", "1/0", "1/257", "a/b", "1-3"])
      expect(() => parseShard(bad)).toThrow(ConfigurationError);
    expect(() => shardCases(casesOf(2), { index: 3, count: 3 })).toThrow(/selects no case/);
  });
});
