import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidUriError } from "./decode-uri-component.js";
import { splitRawUrl } from "./raw-url.js";
import { resolveOperation } from "./resolve-operation.js";

const route = (method: string, url: string) => resolveOperation(method, splitRawUrl(url)!, ["localhost"]);

describe("resolveOperation", () => {
  it("routes the request lines @aws-sdk/client-s3 sends, path-style (as the sdk-oracle test pins them)", () => {
    expect(route("PUT", "http://127.0.0.1:4566/src-bucket/?id=report-1&inventory=")).toMatchObject({
      operation: "PutBucketInventoryConfiguration",
      bucket: "src-bucket",
      input: { Id: "report-1" },
    });
    expect(
      route(
        "GET",
        "http://127.0.0.1:4566/src-bucket/?id=report-1&inventory=&x-id=GetBucketInventoryConfiguration",
      ),
    ).toMatchObject({ operation: "GetBucketInventoryConfiguration", input: { Id: "report-1" } });
    expect(route("DELETE", "http://127.0.0.1:4566/src-bucket/?id=report-1&inventory=").operation).toBe(
      "DeleteBucketInventoryConfiguration",
    );
    expect(
      route(
        "GET",
        "http://127.0.0.1:4566/src-bucket/?continuation-token=t%2F1%2B&inventory=&x-id=ListBucketInventoryConfigurations",
      ),
    ).toMatchObject({ operation: "ListBucketInventoryConfigurations", input: { ContinuationToken: "t/1+" } });
  });

  it("routes botocore's forms: bare `inventory`, no x-id, no trailing slash", () => {
    expect(route("GET", "http://127.0.0.1/amzn-s3-demo-bucket?inventory&id=1")).toMatchObject({
      operation: "GetBucketInventoryConfiguration",
      bucket: "amzn-s3-demo-bucket",
      input: { Id: "1" },
    });
    expect(route("GET", "http://127.0.0.1/amzn-s3-demo-bucket?inventory").operation).toBe(
      "ListBucketInventoryConfigurations",
    );
  });

  it("decides Get vs List by `id`, never by x-id", () => {
    expect(route("GET", "http://h/b/?inventory=&x-id=GetBucketInventoryConfiguration").operation).toBe(
      "ListBucketInventoryConfigurations",
    );
    expect(route("GET", "http://h/b/?inventory=&id=x&x-id=ListBucketInventoryConfigurations").operation).toBe(
      "GetBucketInventoryConfiguration",
    );
  });

  it("reads the bucket from virtual-hosted S3 and endpoint host names", () => {
    expect(
      route("DELETE", "https://src-bucket.s3.us-east-1.amazonaws.com/?id=report-1&inventory="),
    ).toMatchObject({
      operation: "DeleteBucketInventoryConfiguration",
      bucket: "src-bucket",
    });
    expect(route("GET", "https://my.dotted.bucket.s3.amazonaws.com/?inventory").bucket).toBe(
      "my.dotted.bucket",
    );
    expect(route("GET", "https://b1.s3-eu-west-1.amazonaws.com/?inventory").bucket).toBe("b1");
    expect(route("GET", "http://b2.localhost:4566/?inventory").bucket).toBe("b2");
    expect(route("GET", "https://s3.eu-west-1.amazonaws.com/b3/?inventory").bucket).toBe("b3");
  });

  it("routes bucket operations and ListBuckets", () => {
    expect(route("PUT", "http://h/b/").operation).toBe("CreateBucket");
    expect(route("HEAD", "http://h/b").operation).toBe("HeadBucket");
    expect(route("DELETE", "http://h/b/?x-id=DeleteBucket").operation).toBe("DeleteBucket");
    expect(route("GET", "http://h/?x-id=ListBuckets").operation).toBe("ListBuckets");
  });

  it("sends every other operation to NotImplemented", () => {
    for (const [method, url] of [
      ["GET", "http://h/b/"], // ListObjects
      ["GET", "http://h/b/?acl"],
      ["PUT", "http://h/b/?metrics&id=1"],
      ["PUT", "http://h/b/key.txt"], // PutObject
      ["GET", "http://h/b/key?inventory"],
      ["POST", "http://h/b/?inventory"],
      ["DELETE", "http://h/"],
    ] as const) {
      expect(route(method, url).operation, `${method} ${url}`).toBe("NotImplemented");
    }
  });

  it("refuses bad percent-encoding and percent-encoded invalid UTF-8", () => {
    expect(() => route("GET", "http://h/b/?inventory&id=%zz")).toThrow(InvalidUriError);
    expect(() => route("GET", "http://h/b/?inventory&id=%C3%28")).toThrow(InvalidUriError);
    expect(() => route("GET", "http://h/b%/?inventory")).toThrow(InvalidUriError);
  });

  it("round-trips any id the SDK escapes (property)", () => {
    const sdkEscape = (s: string) =>
      encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (id) => {
        const resolved = route("GET", `http://h/b/?id=${sdkEscape(id)}&inventory=`);
        expect(resolved.input.Id).toBe(id);
        expect(resolved.operation).toBe("GetBucketInventoryConfiguration");
      }),
      { numRuns: 200 },
    );
  });
});
