import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAwsAccountId } from "./aws-account-id.js";

describe("isAwsAccountId", () => {
  it.each(["123456789012", "000000000000"])("accepts %s", (value) => {
    expect(isAwsAccountId(value)).toBe(true);
  });

  it.each([
    "invalid",
    "12345678901",
    "1234567890123",
    " 123456789012",
    "123456789012\n",
    "１２３４５６７８９０１２",
    "",
  ])("refuses %j", (value) => {
    expect(isAwsAccountId(value)).toBe(false);
  });

  it("accepts exactly the strings of 12 ASCII digits", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (value) => {
        expect(isAwsAccountId(value)).toBe(
          value.length === 12 && [...value].every((c) => c >= "0" && c <= "9"),
        );
      }),
      { numRuns: 300 },
    );
  });
});
