// Run in a child process by test/hostile-server.test.ts: one command of the built client against a hostile
// endpoint on 127.0.0.1 (started here), then one JSON line: the error, the time `send` took, and this
// process's peak RSS (getrusage ru_maxrss, KiB). A child, so that the peak is the client's alone.
import { createServer } from "node:http";
import { GetBucketInventoryConfigurationCommand, S3InventoryClient } from "@s3-inventory/client";

const [mode, requestTimeout] = [process.argv[2], Number(process.argv[3])];
const CHUNK = Buffer.alloc(64 * 1024, "a");
const server = createServer((request, response) => {
  request.resume();
  if (mode === "never-answers") return; // no status line, no headers, the socket left open
  response.writeHead(200, { "content-type": "application/xml" });
  if (mode === "headers-then-silence") response.flushHeaders();
  else if (mode === "trickle") {
    const timer = setInterval(() => response.write("<"), 1000);
    response.on("close", () => clearInterval(timer));
  } else if (mode === "endless") {
    const pump = () => {
      let open = true;
      while (open && !response.destroyed) open = response.write(CHUNK);
    };
    response.on("drain", pump);
    pump();
  } else if (mode === "html") {
    response.end("<html><body><h1>Proxy login</h1></body></html>");
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const client = new S3InventoryClient({
  region: "us-east-1",
  endpoint: `http://127.0.0.1:${server.address().port}`,
  forcePathStyle: true,
  credentials: { accessKeyId: "AKIAHOSTILE", secretAccessKey: "hostile-secret" },
  maxAttempts: 1,
  requestTimeout,
});
const started = performance.now();
let outcome;
try {
  outcome = {
    output: await client.send(new GetBucketInventoryConfigurationCommand({ Bucket: "src", Id: "1" })),
  };
} catch (error) {
  outcome = { error: { name: error.name, message: error.message, constructor: error.constructor.name } };
}
const elapsedMs = Math.round(performance.now() - started);
client.destroy();
server.closeAllConnections();
server.close();
console.log(JSON.stringify({ ...outcome, elapsedMs, maxRssKib: process.resourceUsage().maxRSS }));
