#!/usr/bin/env bash
# Release check: packs every published package, installs the tarballs into an empty npm project (as a
# user would, from the registry for third-party dependencies), and uses them there: ESM import, CJS
# require, a Put/Get/List/error round trip through the mock server, and both bins. It catches what
# workspace links hide: a missing runtime dependency, a file left out of `files`, a broken bin.
# Needs the npm registry, so it runs before a release (`pnpm release`), not in the test suite.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true

for dir in packages/model packages/client packages/mock fixtures conformance; do
  (cd "$root/$dir" && pnpm pack --pack-destination "$work/packs" >/dev/null)
done
mkdir -p "$work/consumer" && cd "$work/consumer"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "$work"/packs/*.tgz msw@2.15.0 >/dev/null

cat > round-trip.mjs <<'JS'
import assert from "node:assert/strict";
import {
  GetBucketInventoryConfigurationCommand,
  ListBucketInventoryConfigurationsCommand,
  NoSuchConfiguration,
  PutBucketInventoryConfigurationCommand,
  S3InventoryClient,
} from "@s3-inventory/client";
import { startMockServer } from "@s3-inventory/mock/server";
import { fromCliJson } from "@s3-inventory/model";

const server = await startMockServer({ port: 0, buckets: ["src"] });
try {
  const client = new S3InventoryClient({
    region: "us-east-1",
    endpoint: server.url,
    forcePathStyle: true,
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "example" },
  });
  // The seed's example 1, as the AWS CLI takes it.
  const configuration = fromCliJson(
    '{"Destination": { "S3BucketDestination": { "AccountId": "123456789012", "Bucket": "arn:aws:s3:::amzn-s3-demo-bucket", "Format": "ORC" }}, "IsEnabled": true, "Id": "1", "IncludedObjectVersions": "Current", "Schedule": { "Frequency": "Weekly" }}',
  );
  const put = await client.send(new PutBucketInventoryConfigurationCommand({ Bucket: "src", Id: "1", InventoryConfiguration: configuration }));
  assert.equal(put.$metadata.httpStatusCode, 204);
  const got = await client.send(new GetBucketInventoryConfigurationCommand({ Bucket: "src", Id: "1" }));
  assert.deepEqual(got.InventoryConfiguration, configuration);
  const listed = await client.send(new ListBucketInventoryConfigurationsCommand({ Bucket: "src" }));
  assert.equal(listed.InventoryConfigurationList?.length, 1);
  await assert.rejects(
    client.send(new GetBucketInventoryConfigurationCommand({ Bucket: "src", Id: "missing" })),
    (error) => error instanceof NoSuchConfiguration,
  );
} finally {
  await server.close();
}
JS
node round-trip.mjs
node -e 'const c = require("@s3-inventory/client"); const m = require("@s3-inventory/model"); if (typeof c.S3InventoryClient !== "function" || typeof m.parseXml !== "function") process.exit(1)'
npx --no-install s3-inventory-mock --help >/dev/null
npx --no-install s3-inventory-conformance --grep '^example-' >/dev/null
echo "packed install: ok (ESM import, CJS require, round trip through the mock server, both bins)"
