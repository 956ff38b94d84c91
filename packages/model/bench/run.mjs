// Benchmark of the codec's reader on hostile and normal input (`pnpm bench`; not part of the tests).
// Each hostile document must be refused with a typed XmlParseError in under 100 ms (issue #2, "Done
// when"); the table compares every timing with a reference measured in the same run: the same bytes
// through the XML parser of @aws-sdk/client-s3 3.1175.0 (@aws-sdk/xml-builder parseXML).
// Runs against the built package: `pnpm build` first (the root `pnpm bench` does).
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import {
  parseInventoryConfiguration,
  parseListInventoryConfigurationsResult,
  serializeInventoryConfiguration,
  serializeListInventoryConfigurationsResult,
  XmlParseError,
} from "../dist/index.js";

const LIMIT_MS = 100;

// @aws-sdk/xml-builder is not a dependency of its own: reach it the way client-s3 does.
const require = createRequire(import.meta.url);
const corePath = createRequire(require.resolve("@aws-sdk/client-s3")).resolve("@aws-sdk/core");
const { parseXML: sdkParseXml } = createRequire(corePath)("@aws-sdk/xml-builder");

const configuration = {
  Destination: {
    S3BucketDestination: {
      AccountId: "123456789012",
      Bucket: "arn:aws:s3:::dest-bucket",
      Format: "Parquet",
      Prefix: "inventory/<reports> & more",
      Encryption: { SSEKMS: { KeyId: "arn:aws:kms:us-east-1:123456789012:key/0000" } },
    },
  },
  IsEnabled: true,
  Filter: { Prefix: "logs/é😀" },
  Id: "report-1",
  IncludedObjectVersions: "All",
  OptionalFields: ["Size", "LastModifiedDate", "StorageClass", "ETag", "ChecksumAlgorithm"],
  Schedule: { Frequency: "Weekly" },
};
const normal = serializeInventoryConfiguration(configuration, "response");
const page = serializeListInventoryConfigurationsResult({
  InventoryConfigurationList: Array.from({ length: 100 }, (_, i) => ({
    ...configuration,
    Id: `report-${i}`,
  })),
  IsTruncated: true,
  NextContinuationToken: "token",
});
const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from(
  { length: 9 },
  (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`,
).join("")}]>
<InventoryConfiguration><Id>&lol9;</Id></InventoryConfiguration>`;
const fiftyMbString = `<InventoryConfiguration><Id>${"x".repeat(50 * 1024 * 1024)}</Id></InventoryConfiguration>`;
const fiftyMbBytes = new TextEncoder().encode(fiftyMbString);
const deep = "<a>".repeat(10_000) + "</a>".repeat(10_000);

/** Median wall time of `runs` calls (after one warm-up call unless `warmUp` is false), and what the call gave or threw. */
function time(fn, runs, warmUp = true) {
  let outcome;
  const run = () => {
    try {
      fn();
      outcome = "ok";
    } catch (error) {
      outcome =
        error instanceof XmlParseError
          ? `XmlParseError(${error.reason})`
          : `${error?.name}: ${error?.message}`.slice(0, 60);
    }
  };
  if (warmUp) run();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)], outcome };
}

const cases = [
  {
    name: "normal Get body (1 configuration)",
    ours: () => parseInventoryConfiguration(normal),
    ref: () => sdkParseXml(normal),
    runs: 2000,
  },
  {
    name: "List page of 100 configurations",
    ours: () => parseListInventoryConfigurationsResult(page),
    ref: () => sdkParseXml(page),
    runs: 100,
  },
  {
    name: "billion laughs",
    ours: () => parseInventoryConfiguration(billionLaughs),
    ref: () => sdkParseXml(billionLaughs),
    runs: 200,
    hostile: "doctype",
  },
  {
    name: "50 MB body (bytes)",
    ours: () => parseInventoryConfiguration(fiftyMbBytes),
    ref: () => sdkParseXml(fiftyMbString),
    runs: 20,
    refKey: "50mb",
    hostile: "too-large",
  },
  {
    name: "50 MB body (string)",
    ours: () => parseInventoryConfiguration(fiftyMbString),
    ref: () => sdkParseXml(fiftyMbString),
    runs: 20,
    refKey: "50mb",
    hostile: "too-large",
  },
  {
    name: "10,000-deep nesting",
    ours: () => parseInventoryConfiguration(deep),
    ref: () => sdkParseXml(deep),
    runs: 50,
    hostile: "too-deep",
  },
];

// The SDK parser takes seconds on 50 MB: measure it once and share it between the two 50 MB rows.
const referenceCache = new Map();
const rows = [];
let failed = false;
for (const c of cases) {
  const ours = time(c.ours, c.runs);
  const ref = c.refKey
    ? (referenceCache.get(c.refKey) ?? referenceCache.set(c.refKey, time(c.ref, 1, false)).get(c.refKey))
    : time(c.ref, c.runs);
  let verdict = "-";
  if (c.hostile) {
    const ok = ours.outcome === `XmlParseError(${c.hostile})` && ours.ms < LIMIT_MS;
    failed ||= !ok;
    verdict = `${ok ? "PASS" : "FAIL"} (< ${LIMIT_MS} ms, ${c.hostile})`;
  }
  rows.push({
    case: c.name,
    "ours ms": ours.ms.toFixed(3),
    "sdk parseXML ms": ref.ms.toFixed(3),
    "ours/sdk": (ours.ms / ref.ms).toFixed(3),
    "ours gave": ours.outcome,
    "sdk gave": ref.outcome,
    verdict,
  });
}
console.log(
  `@s3-inventory/model codec bench (Node ${process.version}; medians; reference = @aws-sdk/xml-builder parseXML, same run)`,
);
console.table(rows);
console.log(
  failed
    ? "VERDICT: FAIL, a hostile document was not refused in time"
    : `VERDICT: PASS, every hostile document refused with a typed error in under ${LIMIT_MS} ms`,
);
if (failed) process.exitCode = 1;
