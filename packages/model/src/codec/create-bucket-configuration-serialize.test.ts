import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseCreateBucketConfiguration,
  serializeCreateBucketConfiguration,
} from "./create-bucket-configuration-codec.js";

describe("serializeCreateBucketConfiguration", () => {
  it("sends no body for us-east-1 and the region as LocationConstraint elsewhere (reads back)", () => {
    expect(serializeCreateBucketConfiguration("us-east-1")).toBeUndefined();
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{2}(-[a-z]+)+-\d$/), (region) => {
        fc.pre(region !== "us-east-1");
        const body = serializeCreateBucketConfiguration(region);
        expect(parseCreateBucketConfiguration(body ?? "")).toEqual({ LocationConstraint: region });
      }),
      { numRuns: 100 },
    );
  });
});
