import { describe, expect, it } from "vitest";
import { parseResponseBody } from "./parse-response-body.js";

const body = (text: string) => Buffer.from(text, "utf8");

describe("parseResponseBody", () => {
  it("reads an S3 error document: code, message and the other fields", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message><BucketName>b</BucketName><RequestId>R1</RequestId></Error>`;
    expect(parseResponseBody(404, {}, body(xml)).error).toEqual({
      code: "NoSuchBucket",
      message: "The specified bucket does not exist",
      fields: { BucketName: "b", RequestId: "R1" },
    });
  });

  it("says when an error answer has no S3 error document", () => {
    expect(parseResponseBody(404, {}, body("")).error?.code).toBe("(no error document, status 404)");
    expect(parseResponseBody(500, {}, body("<html>oops</html>")).error?.code).toBe(
      "(not an S3 error document)",
    );
  });

  it("turns a success body into an object, repeated elements into arrays, namespaces dropped", () => {
    const xml = `<ListInventoryConfigurationsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><InventoryConfiguration><Id>a</Id></InventoryConfiguration><InventoryConfiguration><Id>b</Id></InventoryConfiguration><IsTruncated>false</IsTruncated></ListInventoryConfigurationsResult>`;
    expect(parseResponseBody(200, {}, body(xml)).output).toEqual({
      ListInventoryConfigurationsResult: {
        InventoryConfiguration: [{ Id: "a" }, { Id: "b" }],
        IsTruncated: "false",
      },
    });
  });

  it("keeps the root's namespace apart: S3's on a success body, none on an error document", () => {
    const list = `<ListInventoryConfigurationsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><IsTruncated>false</IsTruncated></ListInventoryConfigurationsResult>`;
    expect(parseResponseBody(200, {}, body(list)).rootNamespace).toBe(
      "http://s3.amazonaws.com/doc/2006-03-01/",
    );
    const error = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchConfiguration</Code></Error>`;
    expect(parseResponseBody(404, {}, body(error)).rootNamespace).toBeNull();
    expect(parseResponseBody(200, {}, body("plain")).rootNamespace).toBeUndefined();
    expect(parseResponseBody(500, {}, body("<html>oops</html>")).rootNamespace).toBeUndefined();
  });

  it("keeps a non-XML success body as text, and an empty one as no output", () => {
    expect(parseResponseBody(200, {}, body("plain")).output).toEqual({ $text: "plain" });
    expect(parseResponseBody(204, {}, body("")).output).toBeUndefined();
  });
});
