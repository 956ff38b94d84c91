import { describe, expect, it } from "vitest";
import { MAX_CLOCK_SKEW_MS } from "../index.js";

describe("MAX_CLOCK_SKEW_MS", () => {
  it("is S3's 15-minute request time skew, exported from the public entry (S3 docs, RequestTimeTooSkewed)", () => {
    expect(MAX_CLOCK_SKEW_MS).toBe(900_000);
  });
});
