import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchValue } from "./match-value.js";

describe("matchValue", () => {
  it("accepts any JSON value equal to itself, in both modes", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        // Keys starting with $ are matchers in expectations; the schema forbids them as literal members.
        fc.pre(!JSON.stringify(value).includes('"$'));
        expect(matchValue(value as never, structuredClone(value), "v", "equals")).toEqual([]);
        expect(matchValue(value as never, structuredClone(value), "v", "subset")).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("ignores object member order but not array order", () => {
    expect(matchValue({ a: 1, b: 2 }, { b: 2, a: 1 }, "v", "equals")).toEqual([]);
    expect(matchValue(["Size", "ETag"], ["ETag", "Size"], "v", "equals").map((m) => m.path)).toEqual([
      "v[0]",
      "v[1]",
    ]);
    expect(matchValue({ $unordered: ["Size", "ETag"] }, ["ETag", "Size"], "v", "equals")).toEqual([]);
  });

  it("tells equals from subset by extra members", () => {
    expect(matchValue({ a: 1 }, { a: 1, b: 2 }, "v", "subset")).toEqual([]);
    expect(matchValue({ a: 1 }, { a: 1, b: 2 }, "v", "equals")).toEqual([
      { path: "v.b", expected: undefined, actual: 2, reason: "unexpected member" },
    ]);
    // A member the client reports as undefined is absent, not extra.
    expect(matchValue({ a: 1 }, { a: 1, b: undefined }, "v", "equals")).toEqual([]);
  });

  it("applies matchers", () => {
    const actual = { Token: "abc", List: [1, 2, 3], Gone: undefined };
    expect(
      matchValue(
        { Token: { $present: true }, Gone: { $absent: true }, List: { $length: 3 } },
        actual,
        "o",
        "subset",
      ),
    ).toEqual([]);
    expect(matchValue({ Token: { $match: "^a" } }, actual, "o", "subset")).toEqual([]);
    const failures = matchValue(
      { Token: { $absent: true }, Gone: { $present: true }, List: { $length: 2 } },
      actual,
      "o",
      "subset",
    );
    expect(failures.map((m) => m.path)).toEqual(["o.Token", "o.Gone", "o.List"]);
  });

  it("reads numbers and booleans written as XML text", () => {
    expect(
      matchValue({ IsTruncated: false, Count: 2 }, { IsTruncated: "false", Count: "2" }, "v", "equals"),
    ).toEqual([]);
    expect(matchValue({ IsTruncated: false }, { IsTruncated: "true" }, "v", "equals")).toHaveLength(1);
  });

  it("finds every single-leaf change of a nested value", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[A-Z][a-z]{0,5}$/), fc.string(), { minKeys: 1 }),
        fc.string(),
        (object, replacement) => {
          const key = Object.keys(object)[0] as string;
          fc.pre(object[key] !== replacement);
          const changed = { ...object, [key]: replacement };
          expect(matchValue({ Outer: object }, { Outer: changed }, "v", "equals")).toEqual([
            { path: `v.Outer.${key}`, expected: object[key], actual: replacement },
          ]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
