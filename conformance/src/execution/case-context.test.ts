import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CaseContext, expandCaseString, otherAccountIdOf } from "./case-context.js";

const context = (idPrefix: string): CaseContext => ({
  bucket: "s3inv-abcdefgh-3",
  ownsBucket: idPrefix === "",
  idPrefix,
  region: "eu-west-1",
  accountId: "123456789012",
  destinationBucket: "s3inv-abcdefgh-3",
  missingBucket: "s3inv-abcdefgh-3-missing",
  otherBucket: "s3inv-abcdefgh-3-other",
  runId: "s3inv-abcdefgh",
  saved: new Map([["token", "t/1+"]]),
});

describe("case placeholders", () => {
  it("expands run values", () => {
    const text = expandCaseString(
      "${bucket} ${region} ${accountId} ${otherAccountId} ${destinationBucketArn} ${otherBucket} ${saved.token}",
      context(""),
      new Map(),
    );
    expect(text).toBe(
      "s3inv-abcdefgh-3 eu-west-1 123456789012 123456789013 arn:aws:s3:::s3inv-abcdefgh-3 s3inv-abcdefgh-3-other t/1+",
    );
  });

  it("namespaces ids only on a user's bucket", () => {
    expect(expandCaseString("${id:1}", context(""), new Map())).toBe("1");
    expect(expandCaseString("${id:1}", context("s3inv-abcdefgh-3-"), new Map())).toBe("s3inv-abcdefgh-3-1");
  });

  it("${idOfLength:N} has exactly N characters and keeps the prefix, whatever the prefix", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9-]{0,40}$/),
        fc.integer({ min: 41, max: 200 }),
        (prefix, length) => {
          const id = expandCaseString(`\${idOfLength:${length}}`, context(prefix), new Map());
          expect(id).toHaveLength(length);
          expect(id.startsWith(prefix)).toBe(true);
        },
      ),
    );
  });

  it("zero-pads repeat variables inside nested placeholders", () => {
    expect(expandCaseString("${id:page-${n:3}}", context(""), new Map([["n", 7]]))).toBe("page-007");
  });

  it("otherAccountIdOf is a different 12-digit id", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), (id) => {
        const other = otherAccountIdOf(id);
        expect(other).toMatch(/^\d{12}$/);
        expect(other).not.toBe(id);
      }),
    );
  });

  it("refuses ${otherBucket} when the case has no second bucket", () => {
    expect(() =>
      expandCaseString("${otherBucket}", { ...context(""), otherBucket: undefined }, new Map()),
    ).toThrow(/secondBucket/);
  });

  it("refuses the account id when none is known", () => {
    expect(() =>
      expandCaseString("${accountId}", { ...context(""), accountId: undefined }, new Map()),
    ).toThrow(/account id/);
  });
});
