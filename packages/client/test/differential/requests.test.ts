// Differential suite, requests: for generated inputs and client settings, the request our client hands
// to its HTTP handler equals the one @aws-sdk/client-s3 3.1175.0 hands to its handler: method, host,
// port, path, query (keys, values, order), every header including `authorization` (same clock,
// credentials and pinned user agent / invocation id, so equal signatures), and the body bytes.
import {
  inventoryConfigurationArbitrary,
  inventoryIdArbitrary,
  xmlTextArbitrary,
} from "@s3-inventory/model/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import {
  bucketName,
  clientSettings,
  continuationToken,
  expectedBucketOwner,
} from "../support/arbitraries.js";
import {
  type ClientPair,
  makeClientPair,
  type OperationName,
  type PairSettings,
  sendBoth,
} from "../support/clients.js";
import { guardFor } from "../support/property-guard.js";

const RUNS = Number(process.env["DIFF_RUNS"] ?? 1000);
const pairs = new Map<string, ClientPair>();

function pairFor(settings: PairSettings): ClientPair {
  const key = JSON.stringify(settings);
  let pair = pairs.get(key);
  if (!pair) {
    pair = makeClientPair({ ...settings, maxAttempts: 3 }, { statusCode: 204 });
    pairs.set(key, pair);
  }
  pair.oursHandler.requests.length = 0;
  pair.sdkHandler.requests.length = 0;
  return pair;
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-25T12:34:56Z"));
});
afterAll(() => vi.useRealTimers());

// Text of any kind the SDK escapes (not only what a reader gives back), and members written as
// `undefined` keys as application code does.
const inventoryId = inventoryIdArbitrary(xmlTextArbitrary(16));
const inventoryConfiguration = inventoryConfigurationArbitrary({
  text: xmlTextArbitrary(),
  explicitUndefined: true,
});
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const inputs: Record<OperationName, fc.Arbitrary<Record<string, unknown>>> = {
  Put: fc.record(
    {
      Bucket: bucketName,
      Id: optional(inventoryId),
      InventoryConfiguration: fc.option(inventoryConfiguration, { nil: undefined, freq: 20 }),
      ExpectedBucketOwner: optional(expectedBucketOwner),
    },
    { requiredKeys: ["Bucket"] },
  ),
  Get: fc.record(
    { Bucket: bucketName, Id: optional(inventoryId), ExpectedBucketOwner: optional(expectedBucketOwner) },
    { requiredKeys: ["Bucket"] },
  ),
  Delete: fc.record(
    { Bucket: bucketName, Id: optional(inventoryId), ExpectedBucketOwner: optional(expectedBucketOwner) },
    { requiredKeys: ["Bucket"] },
  ),
  List: fc.record(
    {
      Bucket: bucketName,
      ContinuationToken: optional(continuationToken),
      ExpectedBucketOwner: optional(expectedBucketOwner),
    },
    { requiredKeys: ["Bucket"] },
  ),
};

// With a custom endpoint, the SDK sends most directory buckets through CreateSession (data plane, chosen
// by zone-id heuristics); this client keeps the control-plane form of the rule set (README, "Limits";
// covered by src/endpoint/resolve-bucket-endpoint.test.ts).
const comparable = (settings: PairSettings, input: Record<string, unknown>) =>
  !(settings.endpoint !== undefined && String(input["Bucket"]).endsWith("--x-s3"));

describe.each(Object.keys(inputs) as OperationName[])("%s request", (operation) => {
  test(
    `equals the SDK's for ${RUNS} generated inputs and settings`,
    async () => {
      await fc.assert(
        fc.asyncProperty(clientSettings, inputs[operation], async (settings, input) => {
          fc.pre(comparable(settings, input));
          const pair = pairFor(settings);
          const { oursResult, sdkResult } = await sendBoth(pair, operation, input);
          // Both succeed, or both fail before sending with the same message.
          const failure = (result: typeof oursResult) =>
            result.ok ? undefined : (result.error as Error).message;
          expect(failure(oursResult)).toBe(failure(sdkResult));
          expect(pair.oursHandler.requests).toEqual(pair.sdkHandler.requests);
        }),
        { numRuns: RUNS },
      );
    },
    guardFor(RUNS),
  );
});
