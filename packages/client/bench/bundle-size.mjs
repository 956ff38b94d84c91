// Bundle size of a script that sends the four commands, for this client and for @aws-sdk/client-s3, with
// the same esbuild options. Shared by the benchmark (bench/run.mjs) and the size test
// (test/bundle-size.test.ts), so that the number CI checks is the number the benchmark reports.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The same esbuild options for both: ESM for Node 20, minified, and `module` before `main` so that both
 * sides get their ES builds and tree-shaking (with esbuild's Node default, `main` first, the SDK bundles
 * its CommonJS build and is bigger).
 */
export const ESBUILD_OPTIONS = Object.freeze({
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  minify: true,
  mainFields: ["module", "main"],
  write: false,
  logLevel: "silent",
});

/**
 * The share of the SDK's gzip size this client's bundle may take (issue 3): the benchmark reports against
 * it and the size test fails CI above it.
 */
export const TARGET_GZIP_RATIO = 0.2;

const entry = (from, clientClass) => `
import { ${clientClass}, PutBucketInventoryConfigurationCommand, GetBucketInventoryConfigurationCommand,
  DeleteBucketInventoryConfigurationCommand, ListBucketInventoryConfigurationsCommand } from ${JSON.stringify(from)};
const client = new ${clientClass}({ region: "us-east-1" });
const Bucket = "amzn-s3-demo-bucket";
const InventoryConfiguration = { Id: "1", IsEnabled: true, IncludedObjectVersions: "Current",
  Destination: { S3BucketDestination: { Bucket: "arn:aws:s3:::dest", Format: "CSV" } }, Schedule: { Frequency: "Daily" } };
await client.send(new PutBucketInventoryConfigurationCommand({ Bucket, Id: "1", InventoryConfiguration }));
console.log(await client.send(new GetBucketInventoryConfigurationCommand({ Bucket, Id: "1" })));
console.log(await client.send(new ListBucketInventoryConfigurationsCommand({ Bucket })));
await client.send(new DeleteBucketInventoryConfigurationCommand({ Bucket, Id: "1" }));
`;

/**
 * Bundles a script importing `clientClass` and the four commands from `from` (a path or a package name,
 * resolved from this folder) and returns its minified and gzip -9 sizes in bytes.
 */
export async function bundleSize(from, clientClass) {
  const result = await build({
    ...ESBUILD_OPTIONS,
    stdin: { contents: entry(from, clientClass), resolveDir: here, sourcefile: "entry.mjs", loader: "js" },
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}
