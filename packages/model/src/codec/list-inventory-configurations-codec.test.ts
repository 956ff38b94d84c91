import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ListBucketInventoryConfigurationsOutput } from "../shapes/operations.js";
import { sdkParseListResult } from "../../test/support/sdk-oracle.js";
import { listResultBody } from "../../test/support/xml-body-arbitraries.js";
import { inventoryConfigurationArbitrary, roundTripTextArbitrary } from "../testing/inventory-arbitraries.js";
import {
  parseListInventoryConfigurationsResult,
  serializeListInventoryConfigurationsResult,
} from "./list-inventory-configurations-codec.js";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ListInventoryConfigurationsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">';

describe("serializeListInventoryConfigurationsResult", () => {
  it("writes an empty page as IsTruncated only, with no item (facts 3.2)", () => {
    expect(
      serializeListInventoryConfigurationsResult({ IsTruncated: false, InventoryConfigurationList: [] }),
    ).toBe(`${HEAD}<IsTruncated>false</IsTruncated></ListInventoryConfigurationsResult>`);
  });

  it("writes tokens around flattened items in model order", () => {
    const xml = serializeListInventoryConfigurationsResult({
      NextContinuationToken: "n&1",
      IsTruncated: true,
      InventoryConfigurationList: [
        { Id: "a", IsEnabled: true } as never,
        { Schedule: { Frequency: "Daily" } } as never,
      ],
      ContinuationToken: "c",
    });
    expect(xml).toBe(
      `${HEAD}<ContinuationToken>c</ContinuationToken><InventoryConfiguration><IsEnabled>true</IsEnabled><Id>a</Id></InventoryConfiguration><InventoryConfiguration><Schedule><Frequency>Daily</Frequency></Schedule></InventoryConfiguration><IsTruncated>true</IsTruncated><NextContinuationToken>n&amp;1</NextContinuationToken></ListInventoryConfigurationsResult>`,
    );
  });
});

describe("parseListInventoryConfigurationsResult", () => {
  it("gives no list key for zero items, a one-element array for one item", () => {
    expect(
      parseListInventoryConfigurationsResult(
        "<ListInventoryConfigurationsResult><IsTruncated>false</IsTruncated></ListInventoryConfigurationsResult>",
      ),
    ).toStrictEqual({ IsTruncated: false });
    expect(
      parseListInventoryConfigurationsResult(
        "<ListInventoryConfigurationsResult><InventoryConfiguration><Id>a</Id></InventoryConfiguration><IsTruncated>true</IsTruncated></ListInventoryConfigurationsResult>",
      ),
    ).toStrictEqual({ IsTruncated: true, InventoryConfigurationList: [{ Id: "a" }] });
  });

  it("round-trips every generated page", () => {
    const page = fc.record(
      {
        ContinuationToken: roundTripTextArbitrary(),
        InventoryConfigurationList: fc.array(inventoryConfigurationArbitrary(), {
          minLength: 1,
          maxLength: 4,
        }),
        IsTruncated: fc.boolean(),
        NextContinuationToken: roundTripTextArbitrary(),
      },
      { requiredKeys: [], noNullPrototype: true },
    );
    fc.assert(
      fc.property(page, (output: ListBucketInventoryConfigurationsOutput) => {
        expect(
          parseListInventoryConfigurationsResult(serializeListInventoryConfigurationsResult(output)),
        ).toStrictEqual(output);
      }),
      { numRuns: 150 },
    );
  });

  it("reads every generated List body as @aws-sdk/client-s3 3.1175.0 does", async () => {
    let sdkThrew = 0;
    await fc.assert(
      fc.asyncProperty(listResultBody(), async ({ body }) => {
        let expected: unknown;
        try {
          expected = await sdkParseListResult(body);
        } catch {
          sdkThrew += 1;
          expect(() => parseListInventoryConfigurationsResult(body)).toThrow();
          return;
        }
        expect(parseListInventoryConfigurationsResult(body)).toStrictEqual(expected);
      }),
      { numRuns: 200 },
    );
    expect(sdkThrew).toBeLessThan(60);
  });

  it("writes pages the SDK reads back to the same value", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(inventoryConfigurationArbitrary(), { maxLength: 3 }),
        fc.boolean(),
        async (items, truncated) => {
          const output: ListBucketInventoryConfigurationsOutput = { IsTruncated: truncated };
          if (items.length > 0) output.InventoryConfigurationList = items;
          expect(await sdkParseListResult(serializeListInventoryConfigurationsResult(output))).toStrictEqual(
            output,
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
