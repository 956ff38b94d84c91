import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sdkParseInventoryConfiguration, sdkPutBody } from "../../test/support/sdk-oracle.js";
import { inventoryConfigurationBody } from "../../test/support/xml-body-arbitraries.js";
import { inventoryConfigurationArbitrary, xmlTextArbitrary } from "../testing/inventory-arbitraries.js";
import {
  parseInventoryConfiguration,
  serializeInventoryConfiguration,
} from "./inventory-configuration-codec.js";

// Differential tests against @aws-sdk/client-s3 3.1175.0 (test/support/sdk-oracle.ts): the SDK is
// an independent implementation of the same wire format, so agreeing with it on generated inputs is
// evidence neither this codec's own writer nor its reader could give.

/** Any string at all, forbidden XML characters and lone surrogates included: escaping must still match. */
const anyText = fc.oneof(xmlTextArbitrary(), fc.string({ unit: "binary", maxLength: 16 }));

describe("serializeInventoryConfiguration against the SDK", () => {
  it("writes the same request bytes as the SDK's Put for every generated configuration", async () => {
    await fc.assert(
      fc.asyncProperty(inventoryConfigurationArbitrary({ text: anyText }), async (configuration) => {
        expect(serializeInventoryConfiguration(configuration)).toBe(await sdkPutBody(configuration));
      }),
      { numRuns: 250 },
    );
  });

  it("matches the SDK on null members, null list items and the empty configuration", async () => {
    const cases = [
      {},
      { Id: null, Filter: null, OptionalFields: [null, "Size", undefined] },
      { IsEnabled: false, Destination: {}, Schedule: {}, Filter: {} },
      { Destination: { S3BucketDestination: { Encryption: {} } } },
      // Every occurrence is escaped, not only the first (facts 3.1 read the source as first-only).
      { Id: "\u2028a\u2028\u0085\u0085&&''<<\r\r\n\n" },
    ];
    for (const configuration of cases) {
      const value = configuration as unknown as Parameters<typeof serializeInventoryConfiguration>[0];
      expect(serializeInventoryConfiguration(value)).toBe(await sdkPutBody(value));
    }
  });
});

describe("serializeInventoryConfiguration response style against the SDK", () => {
  it("writes Get bodies the SDK reads back to the same configuration", async () => {
    await fc.assert(
      fc.asyncProperty(inventoryConfigurationArbitrary(), async (configuration) => {
        const body = serializeInventoryConfiguration(configuration, "response");
        expect(await sdkParseInventoryConfiguration(body)).toStrictEqual(configuration);
      }),
      { numRuns: 150 },
    );
  });
});

describe("parseInventoryConfiguration against the SDK", () => {
  it("reads every generated Get body (any order, layout, unknown elements, CDATA, references) as the SDK does", async () => {
    let sdkThrew = 0;
    await fc.assert(
      fc.asyncProperty(inventoryConfigurationBody(), async ({ body }) => {
        let expected: unknown;
        try {
          expected = await sdkParseInventoryConfiguration(body);
        } catch {
          sdkThrew += 1;
          expect(() => parseInventoryConfiguration(body)).toThrow();
          return;
        }
        expect(parseInventoryConfiguration(body)).toStrictEqual(expected);
      }),
      { numRuns: 400 },
    );
    // Most bodies must be readable, or the comparison above would prove little.
    expect(sdkThrew).toBeLessThan(100);
  });

  it.each([
    ["IsEnabled in capitals", "<InventoryConfiguration><IsEnabled>TRUE</IsEnabled></InventoryConfiguration>"],
    [
      "IsEnabled not a boolean",
      "<InventoryConfiguration><IsEnabled>yes</IsEnabled></InventoryConfiguration>",
    ],
    ["empty OptionalFields", "<InventoryConfiguration><OptionalFields/></InventoryConfiguration>"],
    [
      "empty Field",
      "<InventoryConfiguration><OptionalFields><Field/></OptionalFields></InventoryConfiguration>",
    ],
    [
      "repeated OptionalFields",
      "<R><OptionalFields><Field>Size</Field></OptionalFields><OptionalFields/></R>",
    ],
    ["repeated Filter", "<R><Filter><Prefix>a</Prefix></Filter><Filter><Prefix>b</Prefix></Filter></R>"],
    ["whitespace-only Id with a line break", "<R><Id>\n\t </Id></R>"],
    ["whitespace-only Id without a line break", "<R><Id> \t </Id></R>"],
    ["CRLF in text", "<R><Id>a\r\nb\rc</Id></R>"],
    ["CR reference in text", "<R><Id>a&#13;b</Id></R>"],
    ["text and element in a structure", "<R><Filter>x<Prefix>p</Prefix></Filter></R>"],
    ["empty CDATA in a structure", "<R><Filter><![CDATA[]]><Prefix>p</Prefix></Filter></R>"],
    [
      "attributes on a structure",
      '<R><Destination a="1"><S3BucketDestination><Bucket b="2">x</Bucket></S3BucketDestination></Destination></R>',
    ],
    ["a text-only root", "<InventoryConfiguration>text</InventoryConfiguration>"],
    ["another root name", "<Other><Id>i</Id></Other>"],
    [
      "SSE-S3 with content",
      "<R><Destination><S3BucketDestination><Encryption><SSE-S3>x</SSE-S3><SSE-KMS/></Encryption></S3BucketDestination></Destination></R>",
    ],
  ])("reads %s as the SDK does", async (_label, body) => {
    expect(parseInventoryConfiguration(body)).toStrictEqual(await sdkParseInventoryConfiguration(body));
  });

  it.each([
    ["a scalar holding an element", "<R><Id><X/></Id></R>"],
    ["a repeated scalar", "<R><Id>a</Id><Id>b</Id></R>"],
    ["a scalar with an attribute and no text", '<R><Id a="1"/></R>'],
  ])("throws where the SDK throws: %s", async (_label, body) => {
    await expect(sdkParseInventoryConfiguration(body)).rejects.toThrow();
    expect(() => parseInventoryConfiguration(body)).toThrow();
  });
});
