// Child process of run.mjs: durable Put throughput (--data-dir, every 204 fsynced) against in-memory
// Put throughput, both through startMockServer in this one process, alternately, at 32 connections.
// autocannon runs in a grandchild so it never shares a thread with the servers. Prints one JSON line.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startMockServer } from "../dist/server/index.js";

const CONNECTIONS = 32;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = 3;
const AUTH = `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`;
const body =
  '<InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Destination><S3BucketDestination><Bucket>arn:aws:s3:::bench-dest</Bucket><Format>CSV</Format></S3BucketDestination></Destination><IsEnabled>true</IsEnabled><Id>daily-report</Id><IncludedObjectVersions>All</IncludedObjectVersions><OptionalFields><Field>Size</Field><Field>ETag</Field></OptionalFields><Schedule><Frequency>Daily</Frequency></Schedule></InventoryConfiguration>';

if (process.argv[2] === "drive") {
  // Grandchild: one autocannon run against argv[3]; prints requests/s and the non-2xx count.
  const { default: autocannon } = await import("autocannon");
  const result = await autocannon({
    url: `${process.argv[3]}/bench-bucket/?id=daily-report&inventory=`,
    method: "PUT",
    headers: { authorization: AUTH, "content-type": "application/xml" },
    body,
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
  process.stdout.write(
    `${JSON.stringify({ rps: result.requests.average, bad: result.non2xx + result.errors })}\n`,
  );
} else {
  const dataDir = mkdtempSync(join(tmpdir(), "s3-inventory-bench-"));
  const log = () => {};
  const memory = await startMockServer({ buckets: ["bench-bucket"] });
  const durable = await startMockServer({ buckets: ["bench-bucket"], dataDir, log });
  const drive = (url) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "drive", url], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      let out = "";
      child.stdout.on("data", (chunk) => {
        out += chunk;
      });
      child.on("exit", (code) =>
        code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`driver exited ${code}`)),
      );
    });
  const memoryRuns = [];
  const durableRuns = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      memoryRuns.push(await drive(memory.url));
      durableRuns.push(await drive(durable.url));
    }
  } finally {
    await memory.close();
    await durable.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const bad = [...memoryRuns, ...durableRuns].reduce((sum, run) => sum + run.bad, 0);
  if (bad > 0) throw new Error(`${bad} Puts were not answered 204`);
  const best = (runs) => Math.max(...runs.map((run) => run.rps));
  process.stdout.write(
    `${JSON.stringify({ durableRps: best(durableRuns), memoryRps: best(memoryRuns), connections: CONNECTIONS })}\n`,
  );
}
