import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_INVENTORY_TEXT_VALUE_BYTES } from "../rules/limits.js";
import type { InventoryConfiguration } from "../shapes/inventory-configuration.js";
import { findTextLengthViolation } from "./find-text-length-violation.js";

const base = (): InventoryConfiguration => ({
  Destination: { S3BucketDestination: { Bucket: "arn:aws:s3:::dest", Format: "CSV" } },
  IsEnabled: true,
  Id: "r1",
  IncludedObjectVersions: "All",
  Schedule: { Frequency: "Daily" },
});
// Each free-text member, set to `text`.
const PLACES: Record<string, (text: string) => InventoryConfiguration> = {
  AccountId: (text) => ({ ...base(), Destination: { S3BucketDestination: { ...dest(), AccountId: text } } }),
  "destination Prefix": (text) => ({
    ...base(),
    Destination: { S3BucketDestination: { ...dest(), Prefix: text } },
  }),
  KeyId: (text) => ({
    ...base(),
    Destination: { S3BucketDestination: { ...dest(), Encryption: { SSEKMS: { KeyId: text } } } },
  }),
  "filter Prefix": (text) => ({ ...base(), Filter: { Prefix: text } }),
};
function dest() {
  return { Bucket: "arn:aws:s3:::dest", Format: "CSV" as const };
}

describe("findTextLengthViolation", () => {
  it.each(Object.entries(PLACES))("bounds %s at MAX_INVENTORY_TEXT_VALUE_BYTES UTF-8 bytes", (_, place) => {
    expect(findTextLengthViolation(base())).toBeUndefined();
    for (const [unit, bytes] of [
      ["a", 1],
      ["é", 2],
      ["€", 3],
      ["😀", 4],
    ] as const) {
      const fits = unit.repeat(Math.floor(MAX_INVENTORY_TEXT_VALUE_BYTES / bytes));
      expect(findTextLengthViolation(place(fits))).toBeUndefined();
      expect(findTextLengthViolation(place(`${fits}${unit}`))).toBe("text-too-long");
    }
  });

  it("measures what a UTF-8 encoder measures", () => {
    const codePoint = fc.integer({ min: 0, max: 0x10ffff }).filter((cp) => cp < 0xd800 || cp > 0xdfff);
    fc.assert(
      fc.property(fc.array(codePoint, { minLength: 250, maxLength: 1100 }), (codePoints) => {
        const text = String.fromCodePoint(...codePoints);
        const over = new TextEncoder().encode(text).byteLength > MAX_INVENTORY_TEXT_VALUE_BYTES;
        expect(findTextLengthViolation(PLACES["filter Prefix"]?.(text) ?? base())).toBe(
          over ? "text-too-long" : undefined,
        );
      }),
    );
  });
});
