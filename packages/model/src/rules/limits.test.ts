import { describe, expect, it } from "vitest";
import {
  LIST_INVENTORY_CONFIGURATIONS_PAGE_SIZE,
  MAX_CLOCK_SKEW_MS,
  MAX_PUT_INVENTORY_CONFIGURATION_BODY_BYTES,
  MAX_PUT_INVENTORY_CONFIGURATION_ELEMENTS,
  parseListInventoryConfigurationsResult,
  serializeListInventoryConfigurationsResult,
  validatePutBucketInventoryConfiguration,
} from "../index.js";

describe("MAX_CLOCK_SKEW_MS", () => {
  it("is S3's 15-minute request time skew, exported from the public entry (S3 docs, RequestTimeTooSkewed)", () => {
    expect(MAX_CLOCK_SKEW_MS).toBe(900_000);
  });
});

describe("MAX_PUT_INVENTORY_CONFIGURATION_ELEMENTS (a choice)", () => {
  // 11 elements besides the fields: root, Destination, S3BucketDestination, Bucket, Format, IsEnabled,
  // Id, IncludedObjectVersions, OptionalFields, Schedule, Frequency.
  const body = (fields: number) =>
    '<InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Destination><S3BucketDestination>' +
    "<Bucket>arn:aws:s3:::dest</Bucket><Format>CSV</Format></S3BucketDestination></Destination>" +
    "<IsEnabled>true</IsEnabled><Id>r</Id><IncludedObjectVersions>All</IncludedObjectVersions><OptionalFields>" +
    "<Field>IntelligentTieringAccessTier</Field>".repeat(fields) +
    "</OptionalFields><Schedule><Frequency>Daily</Frequency></Schedule></InventoryConfiguration>";

  it("accepts a Put body of 256 elements (duplicate fields kept as sent) and refuses 257 with MalformedXML", () => {
    const largest = validatePutBucketInventoryConfiguration({
      id: "r",
      body: body(MAX_PUT_INVENTORY_CONFIGURATION_ELEMENTS - 11),
    });
    expect(largest.ok && largest.configuration.OptionalFields?.length).toBe(245);
    const over = validatePutBucketInventoryConfiguration({
      id: "r",
      body: body(MAX_PUT_INVENTORY_CONFIGURATION_ELEMENTS - 10),
    });
    expect(over.ok ? "accepted" : [over.error.code, over.rule]).toEqual([
      "MalformedXML",
      "xml-not-well-formed",
    ]);
    const huge = body(24_000);
    expect(Buffer.byteLength(huge)).toBeGreaterThan(1000 * 1024);
    expect(Buffer.byteLength(huge)).toBeLessThanOrEqual(MAX_PUT_INVENTORY_CONFIGURATION_BODY_BYTES);
    expect(validatePutBucketInventoryConfiguration({ id: "r", body: huge }).ok).toBe(false);
  });

  it("a List page of 100 of the largest configurations is read back with the reader's default limits", () => {
    const verdict = validatePutBucketInventoryConfiguration({
      id: "r",
      body: body(MAX_PUT_INVENTORY_CONFIGURATION_ELEMENTS - 11),
    });
    if (!verdict.ok) throw new Error("the largest configuration must be accepted");
    const page = serializeListInventoryConfigurationsResult({
      IsTruncated: true,
      InventoryConfigurationList: Array.from({ length: LIST_INVENTORY_CONFIGURATIONS_PAGE_SIZE }, (_, i) => ({
        ...verdict.configuration,
        Id: `r${i}`,
      })),
    });
    const read = parseListInventoryConfigurationsResult(page);
    expect(read.InventoryConfigurationList).toHaveLength(100);
    expect(read.InventoryConfigurationList?.[99]?.OptionalFields).toHaveLength(245);
  });
});
