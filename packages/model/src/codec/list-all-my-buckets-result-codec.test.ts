import { ListBucketsCommand } from "@aws-sdk/client-s3";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ListBucketsOutput } from "../shapes/list-buckets-output.js";
import { sendThroughSdk } from "../../test/support/sdk-oracle.js";
import { roundTripTextArbitrary } from "../testing/inventory-arbitraries.js";
import { XmlParseError } from "../xml/xml-parse-error.js";
import {
  parseListAllMyBucketsResult,
  serializeListAllMyBucketsResult,
} from "./list-all-my-buckets-result-codec.js";
import { XmlShapeError } from "./xml-shape-error.js";

const PLAIN: { requiredKeys: never[]; noNullPrototype: true } = { requiredKeys: [], noNullPrototype: true };
const date = fc
  .date({ min: new Date("2006-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true })
  .map((d) => new Date(d.getTime()));
const output: fc.Arbitrary<ListBucketsOutput> = fc.record(
  {
    Owner: fc.record(
      { ID: fc.stringMatching(/^[0-9a-f]{64}$/), DisplayName: roundTripTextArbitrary() },
      PLAIN,
    ),
    Buckets: fc.array(
      fc.record(
        {
          Name: roundTripTextArbitrary(),
          CreationDate: date,
          BucketRegion: roundTripTextArbitrary(),
          BucketArn: roundTripTextArbitrary(),
        },
        PLAIN,
      ),
      { maxLength: 4 },
    ),
    ContinuationToken: roundTripTextArbitrary(),
    Prefix: roundTripTextArbitrary(),
  },
  PLAIN,
);

async function sdkParse(body: string): Promise<ListBucketsOutput> {
  const exchange = await sendThroughSdk<ListBucketsOutput>(new ListBucketsCommand({}), {
    statusCode: 200,
    headers: { "content-type": "application/xml" },
    body,
  });
  if (exchange.error) throw exchange.error;
  return exchange.output ?? {};
}

describe("serializeListAllMyBucketsResult", () => {
  it("writes Owner then Buckets, as the S3 API reference's ListBuckets example", () => {
    expect(
      serializeListAllMyBucketsResult({
        Owner: { ID: "abc", DisplayName: "webfile" },
        Buckets: [{ Name: "a&b", CreationDate: new Date("2006-02-03T16:45:09Z"), BucketRegion: "us-east-1" }],
      }),
    ).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
        "<Owner><ID>abc</ID><DisplayName>webfile</DisplayName></Owner><Buckets><Bucket><Name>a&amp;b</Name>" +
        "<CreationDate>2006-02-03T16:45:09.000Z</CreationDate><BucketRegion>us-east-1</BucketRegion></Bucket>" +
        "</Buckets></ListAllMyBucketsResult>",
    );
  });

  it("writes an empty bucket list as <Buckets/>", () => {
    expect(serializeListAllMyBucketsResult({ Owner: { ID: "o" }, Buckets: [] })).toContain(
      "</Owner><Buckets/></ListAllMyBucketsResult>",
    );
  });
});

describe("parseListAllMyBucketsResult", () => {
  it("round-trips generated outputs", () => {
    fc.assert(
      fc.property(output, (value) => {
        expect(parseListAllMyBucketsResult(serializeListAllMyBucketsResult(value))).toStrictEqual(value);
      }),
      { numRuns: 200 },
    );
  });

  it("reads what @aws-sdk/client-s3 3.1175.0 reads from the same bytes", async () => {
    await fc.assert(
      fc.asyncProperty(output, async (value) => {
        const body = serializeListAllMyBucketsResult(value);
        expect(parseListAllMyBucketsResult(body)).toStrictEqual(await sdkParse(body));
      }),
      { numRuns: 60 },
    );
  });

  it("reads S3's offset form of CreationDate like the SDK", async () => {
    const body =
      "<ListAllMyBucketsResult><Buckets><Bucket><Name>n</Name><CreationDate>2019-12-11T23:32:47+00:00</CreationDate>" +
      "</Bucket></Buckets></ListAllMyBucketsResult>";
    expect(parseListAllMyBucketsResult(body)).toStrictEqual(await sdkParse(body));
    expect(parseListAllMyBucketsResult(body).Buckets?.[0]?.CreationDate?.toISOString()).toBe(
      "2019-12-11T23:32:47.000Z",
    );
  });

  it("refuses a CreationDate that is not a date-time, and malformed XML, with typed errors", () => {
    expect(() =>
      parseListAllMyBucketsResult(
        "<ListAllMyBucketsResult><Buckets><Bucket><CreationDate>yesterday</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>",
      ),
    ).toThrow(XmlShapeError);
    expect(() => parseListAllMyBucketsResult("<ListAllMyBucketsResult>")).toThrow(XmlParseError);
  });
});
