import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareByteOrder } from "./compare-byte-order.js";
import { decodeContinuationToken, encodeContinuationToken } from "./continuation-token.js";

describe("compareByteOrder", () => {
  it("orders as S3 recorded it (evidence:list-sorted-by-id)", () => {
    expect(["test-1", "z-test", "a-test"].sort(compareByteOrder)).toEqual(["a-test", "test-1", "z-test"]);
  });

  it("agrees with Buffer.compare of the UTF-8 bytes (differential property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
        const expected = Math.sign(Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8")));
        expect(Math.sign(compareByteOrder(a, b))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe("continuation tokens", () => {
  it("round-trip any Id and refuse strings they did not make", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (id) => {
        expect(decodeContinuationToken(encodeContinuationToken(id))).toBe(id);
      }),
      { numRuns: 200 },
    );
    expect(decodeContinuationToken("tok0")).toBeUndefined();
    expect(decodeContinuationToken("a/b")).toBeUndefined();
  });
});
