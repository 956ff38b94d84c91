import { describe, expect, test } from "vitest";
import { resolveBucketEndpoint } from "./resolve-bucket-endpoint.js";

// The generated comparison with the SDK is test/differential/requests.test.ts; these are the cases it
// cannot cover (documented choices, unsupported inputs) and a readable table of the main rules.

const resolve = (
  bucket: string | undefined,
  options: { region?: string; endpoint?: string; forcePathStyle?: boolean } = {},
) =>
  resolveBucketEndpoint({
    bucket,
    region: "region" in options ? options.region : "us-east-1",
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle ?? false,
  });

describe("resolveBucketEndpoint", () => {
  test.each([
    ["amzn-s3-demo-bucket", {}, "https://amzn-s3-demo-bucket.s3.us-east-1.amazonaws.com/", "s3", "us-east-1"],
    ["my.dotted.bucket", {}, "https://s3.us-east-1.amazonaws.com/my.dotted.bucket", "s3", "us-east-1"],
    ["abc.def", { endpoint: "http://localhost:4566" }, "http://abc.def.localhost:4566/", "s3", "us-east-1"],
    ["Upper_Case", {}, "https://s3.us-east-1.amazonaws.com/Upper_Case", "s3", "us-east-1"],
    ["bucket", { forcePathStyle: true }, "https://s3.us-east-1.amazonaws.com/bucket", "s3", "us-east-1"],
    ["bucket", { endpoint: "http://127.0.0.1:4566" }, "http://127.0.0.1:4566/bucket", "s3", "us-east-1"],
    [
      "bucket",
      { region: "cn-north-1" },
      "https://bucket.s3.cn-north-1.amazonaws.com.cn/",
      "s3",
      "cn-north-1",
    ],
    ["bucket", { region: "aws-global" }, "https://bucket.s3.amazonaws.com/", "s3", "us-east-1"],
    ["a#b", {}, "https://s3.us-east-1.amazonaws.com/a%2523b", "s3", "us-east-1"],
    [
      "mybucket--usw2-az1--x-s3",
      { region: "us-west-2" },
      "https://s3express-control.us-west-2.amazonaws.com/mybucket--usw2-az1--x-s3",
      "s3express",
      "us-west-2",
    ],
  ] as const)("%s with %j -> %s", (bucket, options, url, signingName, signingRegion) => {
    const endpoint = resolve(bucket, options);
    expect(endpoint.url.href).toBe(url);
    expect(endpoint.signingName).toBe(signingName);
    expect(endpoint.signingRegion).toBe(signingRegion);
  });

  test("a directory bucket on a custom endpoint keeps the control-plane path-style form (documented choice)", () => {
    const endpoint = resolve("mybucket--usw2-az1--x-s3", { endpoint: "http://localhost:4566" });
    expect(endpoint.url.href).toBe("http://localhost:4566/mybucket--usw2-az1--x-s3/");
    expect(endpoint.signingName).toBe("s3express");
  });

  test.each([
    [undefined, {}, "No value provided for input HTTP label: Bucket."],
    ["", {}, "No value provided for input HTTP label: Bucket."],
    ["a/b", {}, "Bucket name shouldn't contain '/', received 'a/b'"],
    ["bucket", { region: undefined }, "Region is missing"],
    [
      "bucket",
      { region: "us east" },
      'Region not accepted: region="us east" is not a valid hostname component.',
    ],
    [
      "arn:aws:s3:us-east-1:123456789012:accesspoint/ap",
      {},
      "Bucket ARNs (access points, Outposts) are not supported",
    ],
    ["ap--usw2-az1--xa-s3", {}, "Access points for directory buckets (--xa-s3) are not supported"],
    ["bucket", { endpoint: "localhost:4566" }, "Custom endpoint `localhost:4566` was not a valid URI"],
    ["bucket", { endpoint: "https://example.com/?a=b" }, "was not a valid URI"],
  ] as const)("%j with %j fails: %s", (bucket, options, message) => {
    expect(() => resolve(bucket, options)).toThrow(message);
  });
});
