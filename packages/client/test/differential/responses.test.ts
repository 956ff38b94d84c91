// Differential suite, responses: the same answer bytes, parsed by our client and by @aws-sdk/client-s3
// 3.1175.0, give equal outputs (every member, and `$metadata`: status, request ids, attempts, delay).

import { inventoryConfigurationArbitrary, xmlTextArbitrary } from "@s3-inventory/model/testing";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { UnexpectedResponseBodyError } from "../../src/index.js";
import { continuationToken } from "../support/arbitraries.js";
import type { CannedResponse } from "../support/capture-handler.js";
import { answerBoth, makeClientPair, type OperationName, sendBoth } from "../support/clients.js";
import { guardFor } from "../support/property-guard.js";
import { renderConfiguration, renderList, xmlLayout } from "../support/render-xml.js";

const RUNS = Number(process.env["DIFF_RUNS"] ?? 1000);
const pair = makeClientPair();

const metadataHeaders = fc
  .record(
    {
      "x-amz-request-id": fc.stringMatching(/^[A-Z0-9]{16}$/),
      "x-amz-id-2": fc.base64String({ minLength: 4, maxLength: 40 }),
      "x-amz-cf-id": fc.constant("cf-1"),
      "x-amzn-requestid": fc.constant("amzn-1"),
    },
    { requiredKeys: [] },
  )
  .map((headers) => ({ "content-type": "application/xml", ...headers }));

const inventoryConfiguration = inventoryConfigurationArbitrary({
  text: xmlTextArbitrary(),
  explicitUndefined: true,
});
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const answers: Record<OperationName, fc.Arbitrary<CannedResponse>> = {
  Get: fc
    .record({ configuration: inventoryConfiguration, layout: xmlLayout, headers: metadataHeaders })
    .map(({ configuration, layout, headers }) => ({
      statusCode: 200,
      headers,
      body: renderConfiguration(configuration, layout),
    })),
  List: fc
    .record({
      list: optional(fc.array(inventoryConfiguration, { maxLength: 4 })),
      IsTruncated: optional(fc.boolean()),
      ContinuationToken: optional(continuationToken),
      NextContinuationToken: optional(continuationToken),
      layout: xmlLayout,
      headers: metadataHeaders,
    })
    .map(({ list, layout, headers, ...rest }) => ({
      statusCode: 200,
      headers,
      body: renderList({ ...rest, InventoryConfigurationList: list }, layout),
    })),
  // S3 answers Put with 204 (recorded), its model says 200; Delete answers 204. Any body is ignored.
  Put: fc
    .record({
      statusCode: fc.constantFrom(200, 204),
      headers: metadataHeaders,
      body: fc.constantFrom("", "\n", "<Ok/>"),
    })
    .map((answer) => answer),
  Delete: fc
    .record({
      statusCode: fc.constantFrom(200, 204),
      headers: metadataHeaders,
      body: fc.constantFrom("", "\n"),
    })
    .map((answer) => answer),
};

const INPUT = {
  Bucket: "src",
  Id: "report-1",
  InventoryConfiguration: {
    Destination: { S3BucketDestination: { Bucket: "arn:aws:s3:::dest", Format: "CSV" } },
    IsEnabled: true,
    Id: "report-1",
    IncludedObjectVersions: "All",
    Schedule: { Frequency: "Daily" },
  },
};

describe.each(Object.keys(answers) as OperationName[])("%s response", (operation) => {
  test(
    `parses to the SDK's output for ${RUNS} generated answers`,
    async () => {
      await fc.assert(
        fc.asyncProperty(answers[operation], async (answer) => {
          answerBoth(pair, answer);
          const { oursResult, sdkResult } = await sendBoth(pair, operation, INPUT);
          expect(oursResult).toStrictEqual(sdkResult);
        }),
        { numRuns: RUNS },
      );
    },
    guardFor(RUNS),
  );
});

// The one documented difference (README, "Errors"): a 2xx whose body is another document. The SDK reads a
// proxy's HTML page as an empty output; ours refuses it. Asserted both ways, so neither side drifts unseen.
describe("known difference: a 2xx whose body is not the operation's document", () => {
  test.each([
    ["Get", "InventoryConfiguration", { InventoryConfiguration: {} }],
    ["List", "ListInventoryConfigurationsResult", {}],
  ] as const)(
    "%s: the SDK returns %s as an empty output, ours throws UnexpectedResponseBodyError",
    async (operation, root, sdkOutput) => {
      answerBoth(pair, {
        statusCode: 200,
        headers: { "content-type": "text/html" },
        body: "<html><body><h1>Proxy login</h1></body></html>",
      });
      const { oursResult, sdkResult } = await sendBoth(pair, operation, INPUT);
      expect(sdkResult.ok).toBe(true);
      const { $metadata, ...sdkMembers } = (sdkResult as { value: { $metadata: unknown } }).value;
      expect(sdkMembers).toStrictEqual(sdkOutput);
      expect(oursResult.ok).toBe(false);
      const error = (oursResult as { error: unknown }).error;
      expect(error).toBeInstanceOf(UnexpectedResponseBodyError);
      expect(error).toMatchObject({ expectedRoot: root, found: "root element <html>", $metadata });
    },
  );
});
