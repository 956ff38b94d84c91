import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InventoryConfiguration } from "../shapes/inventory-configuration.js";
import { inventoryConfigurationArbitrary } from "../testing/inventory-arbitraries.js";
import { RECORDED_PUT_BODY, RECORDED_PUT_CONFIGURATION } from "../testing/recorded-examples.js";
import { parseXml } from "../xml/parse-xml.js";
import {
  inventoryConfigurationFromXml,
  parseInventoryConfiguration,
  serializeInventoryConfiguration,
} from "./inventory-configuration-codec.js";
import { XmlShapeError } from "./xml-shape-error.js";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const ROOT = '<InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">';

const FACTS_EXAMPLE = RECORDED_PUT_CONFIGURATION;

describe("serializeInventoryConfiguration", () => {
  it("writes the request bytes recorded from @aws-sdk/client-s3 3.1175.0 (facts 3.1)", () => {
    expect(serializeInventoryConfiguration(FACTS_EXAMPLE)).toBe(RECORDED_PUT_BODY);
  });

  it("writes a response in model order after a newline", () => {
    expect(serializeInventoryConfiguration(FACTS_EXAMPLE, "response")).toBe(
      `${DECLARATION}\n${ROOT}<Destination><S3BucketDestination><AccountId>123456789012</AccountId><Bucket>arn:aws:s3:::dest-bucket</Bucket><Format>CSV</Format><Prefix>inv/</Prefix><Encryption><SSE-S3/></Encryption></S3BucketDestination></Destination><IsEnabled>false</IsEnabled><Filter><Prefix>logs/</Prefix></Filter><Id>report-1</Id><IncludedObjectVersions>Current</IncludedObjectVersions><OptionalFields><Field>Size</Field><Field>ETag</Field></OptionalFields><Schedule><Frequency>Weekly</Frequency></Schedule></InventoryConfiguration>`,
    );
  });

  it("writes empty list, empty text, both encryptions, unknown enums and escaped text like the SDK (facts 3.1)", () => {
    const xml = serializeInventoryConfiguration({
      Destination: {
        S3BucketDestination: {
          Bucket: "b",
          Format: "Avro" as never,
          Prefix: `q"a'b<c>d&e\nf\r`,
          Encryption: { SSES3: {}, SSEKMS: { KeyId: "k" } },
        },
      },
      IsEnabled: true,
      Filter: { Prefix: "" },
      Id: undefined,
      IncludedObjectVersions: undefined,
      OptionalFields: [],
      Schedule: undefined,
    });
    expect(xml).toBe(
      `${DECLARATION}${ROOT}<Destination><S3BucketDestination><Bucket>b</Bucket><Format>Avro</Format><Prefix>q&quot;a&apos;b&lt;c&gt;d&amp;e&#x0A;f&#x0D;</Prefix><Encryption><SSE-S3/><SSE-KMS><KeyId>k</KeyId></SSE-KMS></Encryption></S3BucketDestination></Destination><IsEnabled>true</IsEnabled><Filter><Prefix></Prefix></Filter><OptionalFields/></InventoryConfiguration>`,
    );
  });

  it("writes a self-closing root for an empty configuration and ignores unknown properties", () => {
    const empty = { Unknown: "x" } as unknown as InventoryConfiguration;
    expect(serializeInventoryConfiguration(empty)).toBe(
      `${DECLARATION}<InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>`,
    );
  });
});

describe("parseInventoryConfiguration", () => {
  it("reads any member order, ignores unknown elements and reads booleans case-insensitively", () => {
    const parsed = parseInventoryConfiguration(
      `${DECLARATION}\n<InventoryConfiguration><Schedule><Frequency>Daily</Frequency></Schedule><Bogus>1</Bogus><Id>r</Id><IsEnabled>TRUE</IsEnabled><OptionalFields/><Filter><Prefix></Prefix></Filter></InventoryConfiguration>`,
    );
    expect(parsed).toStrictEqual({
      Schedule: { Frequency: "Daily" },
      Id: "r",
      IsEnabled: true,
      OptionalFields: [],
      Filter: { Prefix: "" },
    });
  });

  it("reads pretty-printed documents without keeping the indentation", () => {
    const parsed = parseInventoryConfiguration(
      "<InventoryConfiguration>\n  <Id>\n  </Id>\n  <Filter>\n    <Prefix> a </Prefix>\n  </Filter>\n</InventoryConfiguration>",
    );
    expect(parsed).toStrictEqual({ Id: "", Filter: { Prefix: " a " } });
  });

  it("reads a structure that holds stray text as empty, like the SDK", () => {
    expect(parseInventoryConfiguration("<R><Filter> <Prefix>p</Prefix></Filter></R>")).toStrictEqual({
      Filter: {},
    });
  });

  it("throws XmlShapeError where text is expected but elements are found", () => {
    const attempt = () =>
      parseInventoryConfiguration("<InventoryConfiguration><Id><X/></Id></InventoryConfiguration>");
    expect(attempt).toThrow(XmlShapeError);
    expect(attempt).toThrow(/InventoryConfiguration\.Id/);
    expect(() => parseInventoryConfiguration("<R><Id>a</Id><Id>b</Id></R>")).toThrow(/appears 2 times/);
  });

  it("reads an element tree parsed beforehand", () => {
    const root = parseXml(
      "<InventoryConfiguration><Schedule><Frequency>Weekly</Frequency></Schedule></InventoryConfiguration>",
    );
    expect(inventoryConfigurationFromXml(root)).toStrictEqual({ Schedule: { Frequency: "Weekly" } });
  });

  it("round-trips every generated configuration, in both styles", () => {
    fc.assert(
      fc.property(
        inventoryConfigurationArbitrary(),
        fc.constantFrom("request", "response"),
        (configuration, style) => {
          const xml = serializeInventoryConfiguration(configuration, style as "request" | "response");
          expect(parseInventoryConfiguration(xml)).toStrictEqual(configuration);
          expect(parseInventoryConfiguration(new TextEncoder().encode(xml))).toStrictEqual(configuration);
        },
      ),
      { numRuns: 300 },
    );
  });
});
