import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findGeneralPurposeBucketNameViolation,
  GENERAL_PURPOSE_BUCKET_NAME_RULES,
  isDirectoryBucketName,
  isGeneralPurposeBucketName,
  parseDirectoryBucketName,
} from "./bucket-name.js";

const LETTER_OR_DIGIT = "abcdefghijklmnopqrstuvwxyz0123456789";
/** Names S3 accepts: letter/digit edges, inner letters, digits, hyphens and single dots, 3-63 long. */
const validName = fc
  .tuple(
    fc.constantFrom(...LETTER_OR_DIGIT),
    fc.array(fc.oneof(fc.constantFrom(...LETTER_OR_DIGIT, "-"), fc.constant(".a")), {
      minLength: 1,
      maxLength: 30,
    }),
    fc.constantFrom(...LETTER_OR_DIGIT),
  )
  .map(([first, middle, last]) => `b${first}${middle.join("")}${last}`.slice(0, 63))
  .filter((name) => /[a-z0-9]$/.test(name))
  .filter((name) => !GENERAL_PURPOSE_BUCKET_NAME_RULES.slice(5).some((rule) => rule.breaks(name)));

describe("general purpose bucket names", () => {
  it("accepts and refuses the S3 User Guide's own examples", () => {
    for (const name of [
      "docexamplebucket1",
      "log-delivery-march-2020",
      "my-hosted-content",
      "www.docexamplewebsite.com",
    ]) {
      expect(isGeneralPurposeBucketName(name)).toBe(true);
    }
    expect(findGeneralPurposeBucketNameViolation("doc_example_bucket")?.id).toBe("characters");
    expect(findGeneralPurposeBucketNameViolation("DocExampleBucket")?.id).toBe("characters");
    expect(findGeneralPurposeBucketNameViolation("doc-example-bucket-")?.id).toBe("edges");
    expect(findGeneralPurposeBucketNameViolation("192.168.5.4")?.id).toBe("ip-address");
  });

  it("names the rule each reserved prefix and suffix breaks", () => {
    const cases = {
      ab: "length",
      ["a".repeat(64)]: "length",
      "a..b": "adjacent-dots",
      ".ab": "edges",
      "xn--bucket": "prefix-xn--",
      "sthree-bucket": "prefix-sthree-",
      "amzn-s3-demo-bucket": "prefix-amzn-s3-demo-",
      "bucket-s3alias": "suffix--s3alias",
      "bucket--ol-s3": "suffix---ol-s3",
      "bucket.mrap": "suffix-.mrap",
      "bucket--usw2-az1--x-s3": "suffix---x-s3",
      "bucket--table-s3": "suffix---table-s3",
    };
    for (const [name, rule] of Object.entries(cases)) {
      expect(findGeneralPurposeBucketNameViolation(name)?.id, name).toBe(rule);
    }
  });

  it("accepts every name built by the rules, and refuses it with one upper-case letter or underscore", () => {
    fc.assert(
      fc.property(validName, fc.nat(), fc.constantFrom("A", "_", " ", "/"), (name, at, bad) => {
        expect(isGeneralPurposeBucketName(name)).toBe(true);
        const index = at % name.length;
        expect(isGeneralPurposeBucketName(name.slice(0, index) + bad + name.slice(index + 1))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("lets a caller leave out a rule it documents as its own choice", () => {
    expect(isGeneralPurposeBucketName("amzn-s3-demo-bucket", { except: ["prefix-amzn-s3-demo-"] })).toBe(
      true,
    );
    expect(isGeneralPurposeBucketName("amzn-s3-demo-", { except: ["prefix-amzn-s3-demo-"] })).toBe(false);
  });
});

describe("directory bucket names", () => {
  it("splits base name and zone id, for Availability Zones and Local Zones", () => {
    expect(parseDirectoryBucketName("logs--usw2-az1--x-s3")).toStrictEqual({
      baseName: "logs",
      zoneId: "usw2-az1",
    });
    expect(parseDirectoryBucketName("a-b--usw2-lax1-az1--x-s3")).toStrictEqual({
      baseName: "a-b",
      zoneId: "usw2-lax1-az1",
    });
  });

  it("refuses names without a zone id, with dots or upper case, too long, or with a reserved prefix", () => {
    for (const name of [
      "logs--x-s3",
      "logs--usw2--x-s3",
      "lo.gs--usw2-az1--x-s3",
      "Logs--usw2-az1--x-s3",
      `${"a".repeat(50)}--usw2-az1--x-s3`,
      "xn--a--usw2-az1--x-s3",
      "sthree-a--usw2-az1--x-s3",
      "-a--usw2-az1--x-s3",
    ]) {
      expect(isDirectoryBucketName(name), name).toBe(false);
    }
  });
});
