// pnpm bench: how long the conformance suite takes, against the embedded mock (the 1,000-limit case
// included) and against the mock server with 50 ms of injected latency (limit case excluded), next to a
// reference measured in the same run on the same machine: N sequential PUTs through @aws-sdk/client-s3.
// Not a test: timings vary with the machine; the targets are the (15 s and 20 s on 2 cores).
import { PutBucketInventoryConfigurationCommand, CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { startMockServer } from "@s3-inventory/mock/server";
import { parseArguments, runConformance } from "../dist/index.js";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
const LATENCY_MS = 50;
const REFERENCE_PUTS = 100;

async function suite(argv) {
  const parsed = parseArguments([...argv, "--no-color"], process.env);
  const started = performance.now();
  const { report } = await runConformance(parsed.config, { stdout: () => {}, stderr: () => {} });
  const seconds = (performance.now() - started) / 1000;
  const passed = report.cases.filter((c) => c.status === "passed").length;
  return { seconds, detail: `${passed}/${report.cases.length} passed` };
}

// The reference: sequential SDK PUTs against a mock server with the same latency, i.e. the price of one
// request on this machine; the suite's ratio to it shows how well the runner overlaps its requests.
async function reference(latency) {
  const server = await startMockServer({ latency });
  const s3 = new S3Client({
    region: "us-east-1",
    endpoint: server.url,
    forcePathStyle: true,
    credentials: {
      accessKeyId: "AKIAIOSFODNN7EXAMPLE",
      secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    },
  });
  await s3.send(new CreateBucketCommand({ Bucket: "reference" }));
  const started = performance.now();
  for (let i = 0; i < REFERENCE_PUTS; i += 1) {
    const Id = `r${i}`;
    await s3.send(
      new PutBucketInventoryConfigurationCommand({
        Bucket: "reference",
        Id,
        InventoryConfiguration: {
          Id,
          IsEnabled: true,
          IncludedObjectVersions: "All",
          Schedule: { Frequency: "Daily" },
          Destination: { S3BucketDestination: { Bucket: "arn:aws:s3:::reference", Format: "CSV" } },
        },
      }),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  s3.destroy();
  await server.close();
  return seconds;
}

const rows = [];
const refFast = await reference(undefined);
rows.push({
  scenario: `reference: ${REFERENCE_PUTS} sequential SDK PUTs, no latency`,
  seconds: refFast,
  target: undefined,
  ref: refFast,
  detail: "",
});
const full = await suite([]);
rows.push({
  scenario: "full suite, embedded mock, our client (limit case included)",
  ...full,
  target: 15,
  ref: refFast,
});
const fullSdk = await suite(["--client", "sdk"]);
rows.push({ scenario: "full suite, embedded mock, --client sdk", ...fullSdk, target: 15, ref: refFast });
const refSlow = await reference(LATENCY_MS);
rows.push({
  scenario: `reference: ${REFERENCE_PUTS} sequential SDK PUTs, ${LATENCY_MS} ms latency`,
  seconds: refSlow,
  target: undefined,
  ref: refSlow,
  detail: "",
});
// Through --endpoint, so the runner uses its remote-endpoint defaults (4 cases, 8 bulk requests in flight).
const latencyServer = await startMockServer({ latency: LATENCY_MS });
process.env.AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
process.env.AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const slow = await suite([
  "--endpoint",
  latencyServer.url,
  "--account-id",
  "123456789012",
  "--grep",
  "^(?!limit-1000-)",
]);
await latencyServer.close();
rows.push({
  scenario: `suite without the limit case, --endpoint, ${LATENCY_MS} ms latency`,
  ...slow,
  target: 20,
  ref: refSlow,
});

const table = rows.map((r) => ({
  scenario: r.scenario,
  seconds: r.seconds.toFixed(2),
  "x reference": (r.seconds / r.ref).toFixed(2),
  target: r.target === undefined ? "" : `< ${r.target} s`,
  ok: r.target === undefined ? "" : r.seconds < r.target ? "yes" : "NO",
  cases: r.detail,
}));
console.table(table);
