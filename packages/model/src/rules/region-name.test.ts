import { describe, expect, it } from "vitest";
import { isLocationConstraint, isRegionName, regionOfLocationConstraint } from "./region-name.js";

describe("region names", () => {
  it("accepts the region codes of every partition", () => {
    for (const region of [
      "us-east-1",
      "eu-central-2",
      "ap-southeast-7",
      "us-gov-west-1",
      "cn-north-1",
      "eusc-de-east-1",
      "us-iso-east-1",
      "us-isob-east-1",
      "mx-central-1",
    ]) {
      expect(isRegionName(region), region).toBe(true);
    }
  });

  it("refuses what is not a region code", () => {
    for (const value of ["", "mars-1", "US-EAST-1", "us-east", "us-east-1 ", "mars\n1", "aws-global", "EU"]) {
      expect(isRegionName(value), value).toBe(false);
    }
  });

  it("takes EU as a LocationConstraint meaning eu-west-1, and none as the default region", () => {
    expect(isLocationConstraint("EU")).toBe(true);
    expect(isLocationConstraint("eu")).toBe(false);
    expect(regionOfLocationConstraint("EU")).toBe("eu-west-1");
    expect(regionOfLocationConstraint("")).toBe("us-east-1");
    expect(regionOfLocationConstraint(undefined, "eu-north-1")).toBe("eu-north-1");
    expect(regionOfLocationConstraint("ap-south-2")).toBe("ap-south-2");
  });
});
