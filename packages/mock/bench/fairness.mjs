// Child process of run.mjs: one heavy client must not hurt the others. Prints one JSON line with:
//  - parse: engine time for a 1 MiB Put body of tens of thousands of <Field>s, and for the largest body
//    the model accepts (256 elements, padded with whitespace to just under 1 MiB); median of 15 each;
//  - fairness: p99 of a small Get on its own connection while 40 connections keep sending 1 MiB Puts;
//  - memory: a fresh server's RSS idle, its peak while 800 connections each hold just under 1 MiB of a
//    body (and while they close), and 3 s after they closed.
// The server runs in a grandchild (`node fairness.mjs serve`, one per phase), so load and server never
// share a thread.
import { spawn } from "node:child_process";
import { Agent, request } from "node:http";
import { connect } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const AUTH = `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`;
const FIELDS = [
  "Size",
  "LastModifiedDate",
  "StorageClass",
  "ETag",
  "IsMultipartUploaded",
  "ReplicationStatus",
];
const head = (id) =>
  `<InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Destination><S3BucketDestination><Bucket>arn:aws:s3:::dest</Bucket><Format>CSV</Format></S3BucketDestination></Destination><IsEnabled>true</IsEnabled><Id>${id}</Id><IncludedObjectVersions>All</IncludedObjectVersions><OptionalFields>`;
const tail = "</OptionalFields><Schedule><Frequency>Daily</Frequency></Schedule></InventoryConfiguration>";
const MAX = 1024 * 1024;
function manyFields(id) {
  let inner = "";
  for (let i = 0; head(id).length + inner.length + tail.length + 40 < MAX; i++)
    inner += `<Field>${FIELDS[i % FIELDS.length]}</Field>`;
  return Buffer.from(head(id) + inner + tail);
}
function largestAccepted(id) {
  const fields = Array.from({ length: 245 }, (_, i) => `<Field>${FIELDS[i % FIELDS.length]}</Field>`);
  const bare = head(id) + fields.join("") + tail;
  const pad = Math.floor((MAX - 16 - bare.length) / fields.length);
  return Buffer.from(head(id) + fields.join(" ".repeat(pad)) + tail);
}

if (process.argv[2] === "serve") {
  const { startMockServer } = await import("../dist/server/index.js");
  const server = await startMockServer({ buckets: ["src"] });
  let peak = 0;
  setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100).unref();
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === "gc") global.gc?.();
    if (line === "reset-peak") peak = process.memoryUsage().rss;
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    process.stdout.write(`${JSON.stringify({ rssMb: rss / 2 ** 20, peakMb: peak / 2 ** 20 })}\n`);
  }
} else {
  const { createInventoryMockEngine } = await import("../dist/index.js");
  // 1. Parse time through the engine (what a Put costs the event loop).
  const engine = createInventoryMockEngine({ buckets: ["src"] });
  const timePut = async (body) => {
    const times = [];
    for (let i = 0; i < 15; i++) {
      const started = performance.now();
      const answer = await engine.handle({
        method: "PUT",
        url: "http://127.0.0.1/src/?inventory&id=big",
        headers: { authorization: AUTH },
        body,
      });
      times.push(performance.now() - started);
      if (i === 0 && answer.status !== 204 && answer.status !== 400)
        throw new Error(`Put answered ${answer.status}`);
    }
    return times.sort((a, b) => a - b)[7];
  };
  const many = manyFields("big");
  const largest = largestAccepted("big");
  const parse = {
    manyFieldsMs: await timePut(many),
    largestAcceptedMs: await timePut(largest),
    bytes: [many.length, largest.length],
  };

  // Each phase gets a fresh server process, so the memory phase starts from a true idle.
  const startServer = async () => {
    const child = spawn(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "serve"], {
      stdio: ["pipe", "pipe", "inherit"],
    });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const next = async () => JSON.parse((await lines.next()).value);
    const ask = (command) => {
      child.stdin.write(`${command}\n`);
      return next();
    };
    const { url } = await next();
    return { child, ask, target: new URL(url) };
  };
  let { child: server, ask, target } = await startServer();
  try {
    // 2. Fairness: 40 connections keep putting 1 MiB bodies while one connection times small Gets.
    const send = (agent, method, path, body) =>
      new Promise((resolve, reject) => {
        const req = request(
          { agent, host: target.hostname, port: target.port, method, path, headers: { authorization: AUTH } },
          (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode));
          },
        );
        req.on("error", reject);
        req.end(body);
      });
    const small = Buffer.from(head("small") + "<Field>Size</Field>" + tail);
    const getAgent = new Agent({ keepAlive: true, maxSockets: 1 });
    if ((await send(getAgent, "PUT", "/src/?inventory&id=small", small)) !== 204)
      throw new Error("setup Put failed");
    let stop = false;
    const heavy = Array.from({ length: 40 }, async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      while (!stop) await send(agent, "PUT", "/src/?inventory&id=big", many);
      agent.destroy();
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const latencies = [];
    const until = performance.now() + Number(process.env.BENCH_DURATION ?? 5) * 1000;
    while (performance.now() < until) {
      const started = performance.now();
      if ((await send(getAgent, "GET", "/src/?inventory&id=small")) !== 200) throw new Error("Get failed");
      latencies.push(performance.now() - started);
    }
    stop = true;
    await Promise.all(heavy);
    getAgent.destroy();
    latencies.sort((a, b) => a - b);
    const fairness = {
      gets: latencies.length,
      p50Ms: latencies[Math.floor(latencies.length * 0.5)],
      p99Ms: latencies[Math.floor(latencies.length * 0.99)],
    };

    // 3. Memory: 800 connections, each sending 1,040,000 bytes of an announced 1,048,000 and holding,
    // against a fresh server; the peak is sampled every 100 ms until the end, after-close once the
    // server has had 3 s to settle.
    server.kill();
    ({ child: server, ask, target } = await startServer());
    await ask("gc");
    await new Promise((resolve) => setTimeout(resolve, 500));
    const baseline = await ask("reset-peak");
    const chunk = Buffer.alloc(1_040_000, " ");
    const sockets = [];
    let written = 0;
    for (let i = 0; i < 800; i++) {
      const socket = connect({ port: Number(target.port), host: target.hostname, allowHalfOpen: true });
      socket.on("error", () => {});
      socket.write(
        `PUT /src/?inventory&id=held HTTP/1.1\r\nHost: ${target.host}\r\nAuthorization: ${AUTH}\r\nContent-Length: 1048000\r\n\r\n`,
      );
      socket.write(chunk, () => written++);
      sockets.push(socket);
    }
    const deadline = performance.now() + 20_000;
    while (written < 800 && performance.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const held = await ask("sample");
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await ask("gc");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = await ask("sample");
    const memory = {
      baselineMb: baseline.rssMb,
      heldMb: held.rssMb,
      peakMb: after.peakMb,
      afterCloseMb: after.rssMb,
      connectionsWritten: written,
    };
    process.stdout.write(`${JSON.stringify({ parse, fairness, memory })}\n`);
  } finally {
    server.kill();
  }
}
