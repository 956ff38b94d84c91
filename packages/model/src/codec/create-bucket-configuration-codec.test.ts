import { describe, expect, it } from "vitest";
import { XmlParseError } from "../xml/xml-parse-error.js";
import { parseCreateBucketConfiguration } from "./create-bucket-configuration-codec.js";
import { XmlShapeError } from "./xml-shape-error.js";

describe("parseCreateBucketConfiguration", () => {
  it("reads the LocationConstraint of the body @aws-sdk/client-s3 sends", () => {
    expect(
      parseCreateBucketConfiguration(
        '<CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>',
      ),
    ).toStrictEqual({ LocationConstraint: "eu-west-1" });
  });

  it("gives no LocationConstraint when there is none, and keeps the text as written", () => {
    expect(parseCreateBucketConfiguration("<CreateBucketConfiguration/>")).toStrictEqual({});
    expect(
      parseCreateBucketConfiguration(
        "<CreateBucketConfiguration><LocationConstraint>mars&#10;1</LocationConstraint><Tags/></CreateBucketConfiguration>",
      ),
    ).toStrictEqual({ LocationConstraint: "mars\n1" });
  });

  it("refuses another root, a structured LocationConstraint and malformed XML with typed errors", () => {
    expect(() => parseCreateBucketConfiguration("<Configuration/>")).toThrow(XmlShapeError);
    expect(() =>
      parseCreateBucketConfiguration(
        "<CreateBucketConfiguration><LocationConstraint><X/></LocationConstraint></CreateBucketConfiguration>",
      ),
    ).toThrow(XmlShapeError);
    expect(() => parseCreateBucketConfiguration("<CreateBucketConfiguration>")).toThrow(XmlParseError);
  });
});
