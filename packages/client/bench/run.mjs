// Benchmark: @s3-inventory/client against @aws-sdk/client-s3 3.1175.0, measured in the same run.
//   1. bundle size of a script that sends the four commands (esbuild, minified, gzip -9)
//   2. import time in a fresh Node process, minus bare `node` (median of IMPORT_RUNS runs)
//   3. CPU time per command through an in-memory request handler (serialize + sign + parse)
// Run with `pnpm bench` (after `pnpm build`). Not part of the tests: timings vary with the machine.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleSize, ESBUILD_OPTIONS, TARGET_GZIP_RATIO } from "./bundle-size.mjs";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const OURS = join(here, "..", "dist", "index.js");
const SDK = require.resolve("@aws-sdk/client-s3");
const IMPORT_RUNS = Number(process.env.IMPORT_RUNS ?? 21);
const CPU_ROUNDS = Number(process.env.CPU_ROUNDS ?? 7);
const CPU_COMMANDS = Number(process.env.CPU_COMMANDS ?? 2000);

// ---- 1. bundle size -------------------------------------------------------------------------------
// In bench/bundle-size.mjs, shared with test/bundle-size.test.ts (which fails CI above the same TARGET_GZIP_RATIO).

// ---- 2. import time ----------------------------------------------------------------------------------
function wallMs(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], env: process.env });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${run.stderr}`);
  return elapsed;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function importTimes() {
  const programs = {
    bare: ["--input-type=module", "-e", ""],
    ours: ["--input-type=module", "-e", `await import(${JSON.stringify(pathToFileURL(OURS).href)});`],
    sdk: ["--input-type=module", "-e", `await import(${JSON.stringify(pathToFileURL(SDK).href)});`],
  };
  const samples = { bare: [], ours: [], sdk: [] };
  for (const args of Object.values(programs)) wallMs(args); // warm the file cache
  // Interleaved, so that a busy moment of the machine hits all three alike.
  for (let i = 0; i < IMPORT_RUNS; i++)
    for (const [name, args] of Object.entries(programs)) samples[name].push(wallMs(args));
  const bare = median(samples.bare);
  return { bare, ours: median(samples.ours) - bare, sdk: median(samples.sdk) - bare };
}

// ---- 3. CPU per command ------------------------------------------------------------------------------
const CONFIGURATION_XML = (id) =>
  `<InventoryConfiguration><Destination><S3BucketDestination><AccountId>123456789012</AccountId><Bucket>arn:aws:s3:::dest</Bucket><Format>CSV</Format><Prefix>inv/</Prefix></S3BucketDestination></Destination><IsEnabled>true</IsEnabled><Filter><Prefix>logs/</Prefix></Filter><Id>${id}</Id><IncludedObjectVersions>All</IncludedObjectVersions><OptionalFields><Field>Size</Field><Field>ETag</Field><Field>StorageClass</Field></OptionalFields><Schedule><Frequency>Daily</Frequency></Schedule></InventoryConfiguration>`;
const ANSWERS = {
  PUT: { statusCode: 204, body: "" },
  DELETE: { statusCode: 204, body: "" },
  GET_ONE: {
    statusCode: 200,
    body: `<?xml version="1.0" encoding="UTF-8"?>\n${CONFIGURATION_XML("1").replace("<InventoryConfiguration>", '<InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">')}`,
  },
  LIST: {
    statusCode: 200,
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<ListInventoryConfigurationsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${["1", "2", "3"].map(CONFIGURATION_XML).join("")}<IsTruncated>false</IsTruncated></ListInventoryConfigurationsResult>`,
  },
};

async function cpuPerCommand(modulePath, clientClass) {
  const api = await import(pathToFileURL(modulePath).href);
  const { HttpResponse } = require("@smithy/protocol-http");
  const encoded = Object.fromEntries(
    Object.entries(ANSWERS).map(([k, v]) => [k, { ...v, body: new TextEncoder().encode(v.body) }]),
  );
  const requestHandler = {
    async handle(request) {
      const answer =
        request.method === "GET"
          ? request.query["x-id"] === "ListBucketInventoryConfigurations"
            ? encoded.LIST
            : encoded.GET_ONE
          : encoded[request.method];
      const headers = { "x-amz-request-id": "R", "x-amz-id-2": "H" };
      return { response: new HttpResponse({ statusCode: answer.statusCode, headers, body: answer.body }) };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
  const client = new api[clientClass]({
    region: "us-east-1",
    credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },
    requestHandler,
  });
  const Bucket = "amzn-s3-demo-bucket";
  const InventoryConfiguration = {
    Destination: {
      S3BucketDestination: {
        AccountId: "123456789012",
        Bucket: "arn:aws:s3:::dest",
        Format: "CSV",
        Prefix: "inv/",
      },
    },
    IsEnabled: true,
    Filter: { Prefix: "logs/" },
    Id: "1",
    IncludedObjectVersions: "All",
    OptionalFields: ["Size", "ETag", "StorageClass"],
    Schedule: { Frequency: "Daily" },
  };
  const commands = [
    () => new api.PutBucketInventoryConfigurationCommand({ Bucket, Id: "1", InventoryConfiguration }),
    () => new api.GetBucketInventoryConfigurationCommand({ Bucket, Id: "1" }),
    () => new api.ListBucketInventoryConfigurationsCommand({ Bucket }),
    () => new api.DeleteBucketInventoryConfigurationCommand({ Bucket, Id: "1" }),
  ];
  const round = async (count) => {
    const start = process.cpuUsage();
    for (let i = 0; i < count; i++) await client.send(commands[i % 4]());
    const used = process.cpuUsage(start);
    return (used.user + used.system) / count; // microseconds per command
  };
  await round(400); // warm-up: JIT, caches
  return { round };
}

async function cpuTimes() {
  const ours = await cpuPerCommand(OURS, "S3InventoryClient");
  const sdk = await cpuPerCommand(SDK, "S3Client");
  const samples = { ours: [], sdk: [] };
  for (let i = 0; i < CPU_ROUNDS; i++) {
    samples.ours.push(await ours.round(CPU_COMMANDS));
    samples.sdk.push(await sdk.round(CPU_COMMANDS));
  }
  return { ours: median(samples.ours), sdk: median(samples.sdk) };
}

// ---- report ------------------------------------------------------------------------------------------
const ours = await bundleSize(OURS, "S3InventoryClient");
const sdk = await bundleSize("@aws-sdk/client-s3", "S3Client");
const imports = importTimes();
const cpu = await cpuTimes();

const rows = [
  [
    "bundle, gzip -9 (bytes)",
    ours.gzip,
    sdk.gzip,
    ours.gzip / sdk.gzip,
    `<= ${TARGET_GZIP_RATIO.toFixed(2)}`,
    ours.gzip / sdk.gzip <= TARGET_GZIP_RATIO,
  ],
  ["bundle, minified (bytes)", ours.raw, sdk.raw, ours.raw / sdk.raw, "(info)", null],
  [
    `import over bare node (ms, median of ${IMPORT_RUNS})`,
    imports.ours,
    imports.sdk,
    imports.ours / imports.sdk,
    "<= 0.25",
    imports.ours / imports.sdk <= 0.25,
  ],
  [
    `CPU per command (µs, median of ${CPU_ROUNDS}×${CPU_COMMANDS})`,
    cpu.ours,
    cpu.sdk,
    cpu.ours / cpu.sdk,
    "<= 0.50",
    cpu.ours / cpu.sdk <= 0.5,
  ],
];
const format = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 1));
console.log(
  `@s3-inventory/client vs @aws-sdk/client-s3 ${require("@aws-sdk/client-s3/package.json").version}, Node ${process.version}, ${process.platform}/${process.arch}`,
);
console.log(
  `esbuild options: ${JSON.stringify({ ...ESBUILD_OPTIONS, write: undefined, logLevel: undefined })}; bare node: ${imports.bare.toFixed(1)} ms\n`,
);
const table = [
  ["metric", "ours", "SDK", "ours/SDK", "target", "result"],
  ...rows.map(([m, o, s, r, t, ok]) => [
    m,
    format(o),
    format(s),
    r.toFixed(3),
    t,
    ok === null ? "" : ok ? "PASS" : "FAIL",
  ]),
];
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
  if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
}
if (rows.some(([, , , , , ok]) => ok === false)) process.exitCode = 1;
