// Child process of run.mjs (run with --expose-gc): fills one engine with 100 buckets x 1,000
// configurations, reports RSS, then the median time to serve a List page of 100.
import { createInventoryMockEngine } from "../dist/index.js";

const AUTH = {
  authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`,
};
const encoder = new TextEncoder();
const body = (id) =>
  encoder.encode(
    `<?xml version="1.0" encoding="UTF-8"?><InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Destination><S3BucketDestination><AccountId>123456789012</AccountId><Bucket>arn:aws:s3:::destination-bucket</Bucket><Format>CSV</Format><Prefix>inventory/</Prefix><Encryption><SSE-S3/></Encryption></S3BucketDestination></Destination><IsEnabled>true</IsEnabled><Filter><Prefix>logs/</Prefix></Filter><Id>${id}</Id><IncludedObjectVersions>Current</IncludedObjectVersions><OptionalFields><Field>Size</Field><Field>LastModifiedDate</Field><Field>StorageClass</Field><Field>ETag</Field></OptionalFields><Schedule><Frequency>Weekly</Frequency></Schedule></InventoryConfiguration>`,
  );

const buckets = Array.from({ length: 100 }, (_, i) => `bucket-${String(i).padStart(3, "0")}`);
global.gc();
const baseline = process.memoryUsage().rss;
const engine = createInventoryMockEngine({ buckets });
for (const bucket of buckets) {
  for (let i = 0; i < 1000; i++) {
    const id = `inventory-report-${String(i).padStart(4, "0")}`;
    const answer = await engine.handle({
      method: "PUT",
      url: `http://127.0.0.1/${bucket}/?id=${id}&inventory=`,
      headers: AUTH,
      body: body(id),
    });
    if (answer.status !== 204) throw new Error(`Put answered ${answer.status}`);
  }
}
global.gc();
const rss = process.memoryUsage().rss;

const samples = [];
for (let i = 0; i < 2000; i++) {
  const bucket = buckets[i % buckets.length];
  const start = process.hrtime.bigint();
  const answer = await engine.handle({
    method: "GET",
    url: `http://127.0.0.1/${bucket}/?inventory=`,
    headers: AUTH,
    body: undefined,
  });
  samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  if (answer.status !== 200) throw new Error(`List answered ${answer.status}`);
}
samples.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    rssMb: rss / 1048576,
    baselineRssMb: baseline / 1048576,
    listMedianMs: samples[1000],
    listP99Ms: samples[1980],
  }),
);
