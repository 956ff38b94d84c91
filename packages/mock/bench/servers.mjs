// Child process of run.mjs: the two servers under test, so that autocannon (in the parent) and the
// server never share a thread. Prints one JSON line with what the parent needs, then serves until killed.
// Each line "mark" on stdin is answered with this process's CPU time so far and the requests each
// server has seen, so the parent can report CPU time per request (steadier than requests/s on a
// shared machine).
import { createServer } from "node:http";
import { startMockServer } from "../dist/server/index.js";
import { signedHeaders } from "./sign-request.mjs";

const credentials = { accessKeyId: "AKIABENCHMARK0000001", secretAccessKey: "bench/secret/key" };
const mock = await startMockServer({ auth: "strict", credentials: [credentials], buckets: ["bench-bucket"] });

const body =
  '<InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Destination><S3BucketDestination><Bucket>arn:aws:s3:::bench-dest</Bucket><Format>CSV</Format></S3BucketDestination></Destination><IsEnabled>true</IsEnabled><Id>daily-report</Id><IncludedObjectVersions>All</IncludedObjectVersions><OptionalFields><Field>Size</Field><Field>ETag</Field></OptionalFields><Schedule><Frequency>Daily</Frequency></Schedule></InventoryConfiguration>';
const putQuery = { id: "daily-report", inventory: "" };
const putHeaders = await signedHeaders(
  mock.url,
  { method: "PUT", path: "/bench-bucket/", query: putQuery, body },
  credentials,
);
const put = await fetch(`${mock.url}/bench-bucket/?id=daily-report&inventory=`, {
  method: "PUT",
  headers: putHeaders,
  body,
});
if (put.status !== 204) throw new Error(`setup Put answered ${put.status}`);

const getQuery = { id: "daily-report", inventory: "", "x-id": "GetBucketInventoryConfiguration" };
const path = "/bench-bucket/?id=daily-report&inventory=&x-id=GetBucketInventoryConfiguration";
const headers = await signedHeaders(
  mock.url,
  { method: "GET", path: "/bench-bucket/", query: getQuery },
  credentials,
);
const sample = await fetch(`${mock.url}${path}`, { headers });
if (sample.status !== 200) throw new Error(`signed Get answered ${sample.status}: ${await sample.text()}`);
const sampleBody = Buffer.from(await sample.arrayBuffer());
const sampleHeaders = Object.fromEntries(sample.headers);

// The reference: the same bytes and headers, no S3 logic at all.
let bareServed = 0;
let mockServed = 0;
const bare = createServer((req, res) => {
  bareServed += 1;
  req.resume();
  res.writeHead(200, {
    "content-type": "application/xml",
    "x-amz-request-id": sampleHeaders["x-amz-request-id"],
    "x-amz-id-2": sampleHeaders["x-amz-id-2"],
    server: "AmazonS3",
    "content-length": sampleBody.byteLength,
  });
  res.end(sampleBody);
});
await new Promise((resolve) => bare.listen(0, "127.0.0.1", resolve));
const mockPort = Number(new URL(mock.url).port);
// Count the mock's requests without touching its code: every request reaches the node:http server.
// Which server is the mock is asked once per server (`address()` is a system call), so counting costs
// both servers the same few nanoseconds.
const { Server } = await import("node:http");
const emit = Server.prototype.emit;
const isMock = new WeakMap();
Server.prototype.emit = function countRequests(event, ...args) {
  if (event === "request") {
    let mockServer = isMock.get(this);
    if (mockServer === undefined) {
      mockServer = this.address()?.port === mockPort;
      isMock.set(this, mockServer);
    }
    if (mockServer) mockServed += 1;
  }
  return emit.call(this, event, ...args);
};
process.stdin.setEncoding("utf8");
process.stdin.on("data", (text) => {
  for (const line of text.split("\n")) {
    if (line.trim() !== "mark") continue;
    const cpu = process.cpuUsage();
    process.stdout.write(`${JSON.stringify({ cpuMicros: cpu.user + cpu.system, bareServed, mockServed })}\n`);
  }
});
process.stdout.write(
  `${JSON.stringify({ mockUrl: mock.url, bareUrl: `http://127.0.0.1:${bare.address().port}`, path, headers })}\n`,
);
