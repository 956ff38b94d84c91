import { describe, expect, it } from "vitest";
import { findDestinationBucketArnViolation } from "./find-destination-bucket-arn-violation.js";

describe("findDestinationBucketArnViolation", () => {
  it.each([
    "arn:aws:s3:::amzn-s3-demo-bucket",
    "arn:aws-cn:s3:::dest",
    "arn:aws-us-gov:s3:::dest",
    "arn:aws:s3:::Legacy_Bucket",
    "arn:aws:s3:::mybucket--usw2-az1--x-s3",
    `arn:aws:s3:::${"b".repeat(255)}`,
  ])("accepts %s", (bucket) => {
    expect(findDestinationBucketArnViolation(bucket)).toBeUndefined();
  });

  it.each([
    ["amzn-s3-demo-bucket", "destination-not-arn"], // evidence:put-destination-not-arn-400
    ["", "destination-not-arn"],
    ["s3://dest", "destination-not-arn"],
    ["arn:aws:s3::dest", "destination-not-arn"],
    ["arn:aws:s3:::dest:extra", "destination-not-arn"],
    ["ARN:aws:s3:::dest", "destination-not-arn"],
    ["arn:aws-iso:s3:::dest", "destination-partition"],
    ["arn::s3:::dest", "destination-partition"],
    ["arn:aws:sqs:::dest", "destination-service"],
    ["arn:aws:S3:::dest", "destination-service"],
    ["arn:aws:s3::123456789012:dest", "destination-namespace"], // evidence:put-destination-arn-namespace-400
    ["arn:aws:s3:us-east-1::dest", "destination-namespace"],
    ["arn:aws:s3:us-east-1:123456789012:dest", "destination-namespace"],
    ["arn:aws:s3:::", "destination-bucket-name"],
    ["arn:aws:s3:::ab", "destination-bucket-name"],
    ["arn:aws:s3:::dest/prefix", "destination-bucket-name"],
    ["arn:aws:s3:::dest bucket", "destination-bucket-name"],
    [`arn:aws:s3:::${"b".repeat(256)}`, "destination-bucket-name"],
  ])("refuses %j (%s)", (bucket, rule) => {
    expect(findDestinationBucketArnViolation(bucket)).toBe(rule);
  });
});
