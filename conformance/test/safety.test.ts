// Safety: the runner never modifies or deletes what it did not create, cleans up after itself (also after an
// interrupt), reports cleanup failures apart from the cases, and leaves state in place with --keep.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  GetBucketInventoryConfigurationCommand,
  ListBucketInventoryConfigurationsCommand,
  ListBucketsCommand,
  PutBucketInventoryConfigurationCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { loadCases } from "@s3-inventory/fixtures";
import { createInventoryMockEngine } from "@s3-inventory/mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { notImplemented } from "./support/breakages.js";
import { endpointArguments, idsWith, runQuietly, TEST_CREDENTIALS } from "./support/run-quietly.js";
import { serveEngine } from "./support/serve-engine.js";

const { cases } = await loadCases();
let server: Awaited<ReturnType<typeof serveEngine>>;
let s3: S3Client;
let failDeleteBucket = false;
let inventoryNotImplemented = false;

const configuration = (id: string, format: "CSV" | "ORC") => ({
  Id: id,
  IsEnabled: true,
  IncludedObjectVersions: "All" as const,
  Schedule: { Frequency: "Daily" as const },
  Destination: { S3BucketDestination: { Bucket: "arn:aws:s3:::other-bucket", Format: format } },
});

async function snapshot() {
  const { Buckets } = await s3.send(new ListBucketsCommand({}));
  const names = (Buckets ?? []).map((b) => b.Name).sort();
  const lists: Record<string, unknown> = {};
  for (const name of names) {
    const { $metadata: _m, ...list } = await s3.send(
      new ListBucketInventoryConfigurationsCommand({ Bucket: name }),
    );
    lists[String(name)] = list;
  }
  return { names, lists };
}

beforeEach(async () => {
  failDeleteBucket = false;
  inventoryNotImplemented = false;
  const engine = createInventoryMockEngine({ buckets: ["user-bucket", "other-bucket"] });
  const unimplemented = notImplemented(engine);
  server = await serveEngine(async (request) => {
    if (inventoryNotImplemented) return unimplemented(request);
    const bucketDelete = request.method === "DELETE" && !request.url.includes("inventory");
    if (failDeleteBucket && bucketDelete) {
      return {
        status: 500,
        headers: { "content-type": "application/xml" },
        body: Buffer.from("<Error><Code>InternalError</Code><Message>boom</Message></Error>"),
      };
    }
    return engine.handle(request);
  });
  s3 = new S3Client({
    region: "us-east-1",
    endpoint: server.url,
    forcePathStyle: true,
    credentials: {
      accessKeyId: TEST_CREDENTIALS.AWS_ACCESS_KEY_ID,
      secretAccessKey: TEST_CREDENTIALS.AWS_SECRET_ACCESS_KEY,
    },
  });
  await s3.send(
    new PutBucketInventoryConfigurationCommand({
      Bucket: "user-bucket",
      Id: "keep-me",
      InventoryConfiguration: configuration("keep-me", "CSV"),
    }),
  );
  await s3.send(
    new PutBucketInventoryConfigurationCommand({
      Bucket: "other-bucket",
      Id: "also-keep",
      InventoryConfiguration: configuration("also-keep", "ORC"),
    }),
  );
});

afterEach(async () => {
  s3.destroy();
  await server.close();
});

const base = () => endpointArguments(server.url);

describe("safety", () => {
  it("creates, and removes, only its own run-namespaced buckets; pre-existing buckets and configurations survive", async () => {
    const before = await snapshot();
    const outcome = await runQuietly([...base(), "--exclude-tag", "slow"]);
    expect(outcome.exitCode).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect(outcome.report?.cases.every((c) => c.cleanup.status === "done")).toBe(true);
  }, 180_000);

  it("with --bucket, writes only run-namespaced ids there, removes them, and skips cases needing buckets of their own", async () => {
    const before = await snapshot();
    const outcome = await runQuietly([...base(), "--bucket", "user-bucket"]);
    // An empty bucket or a second bucket both mean buckets the run creates; only the account id does not.
    const needOwnBuckets = cases
      .filter((c) => c.needs?.some((need) => need !== "accountId"))
      .map((c) => c.id)
      .sort();
    expect(idsWith(outcome, "skipped")).toEqual(needOwnBuckets);
    expect(idsWith(outcome, "passed")).toEqual(
      cases
        .map((c) => c.id)
        .filter((id) => !needOwnBuckets.includes(id))
        .sort(),
    );
    expect(outcome.report?.cases.find((c) => c.status === "skipped")?.reason).toMatch(
      /may not create buckets/,
    );
    expect(await snapshot()).toEqual(before);
    const kept = await s3.send(
      new GetBucketInventoryConfigurationCommand({ Bucket: "user-bucket", Id: "keep-me" }),
    );
    expect(kept.InventoryConfiguration?.Destination?.S3BucketDestination?.Format).toBe("CSV");
  }, 180_000);

  it("refuses, before sending, a write to an id it did not namespace on a user's bucket", async () => {
    const directory = await mkdtemp(join(tmpdir(), "hostile-cases-"));
    try {
      const hostile = {
        id: "overwrite-foreign-id",
        title: "A case that would overwrite a configuration it did not create",
        tags: ["put"],
        severity: "required",
        provenance: { kind: "inference", source: "Written for the safety test." },
        evidence: ["overwrite-replaces"],
        steps: [
          {
            operation: "PutBucketInventoryConfiguration",
            input: {
              Bucket: "${bucket}",
              Id: "keep-me",
              InventoryConfiguration: configuration("keep-me", "ORC"),
            },
          },
        ],
      };
      await writeFile(join(directory, "overwrite-foreign-id.json"), JSON.stringify(hostile));
      const before = await snapshot();
      const outcome = await runQuietly([...base(), "--bucket", "user-bucket", "--cases", directory]);
      expect(outcome.report?.cases[0]).toMatchObject({
        status: "error",
        reason: expect.stringMatching(/not namespaced by this run/),
      });
      expect(outcome.exitCode).toBe(1);
      expect(await snapshot()).toEqual(before);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it("on a user's bucket of an endpoint without the API: every case not-implemented, no cleanup noise", async () => {
    const before = await snapshot();
    inventoryNotImplemented = true;
    const outcome = await runQuietly([...base(), "--bucket", "user-bucket"]);
    inventoryNotImplemented = false;
    const ran = outcome.report?.cases.filter((c) => c.status !== "skipped") ?? [];
    expect(ran.length).toBeGreaterThan(0);
    expect(ran.every((c) => c.status === "not-implemented")).toBe(true);
    expect(outcome.report?.cases.filter((c) => c.cleanup.status === "failed")).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 180_000);

  it("reports a cleanup failure on its own, without failing the case", async () => {
    failDeleteBucket = true;
    const outcome = await runQuietly([...base(), "--grep", "^put-status-204$"]);
    expect(outcome.report?.cases[0]).toMatchObject({ status: "passed", cleanup: { status: "failed" } });
    expect(outcome.report?.cases[0]?.cleanup.message).toMatch(/DELETE bucket s3inv-.*: 500 InternalError/);
    expect(outcome.output).toContain("Cleanup problems");
    expect(outcome.exitCode).toBe(0);
  });

  it("--keep leaves what the run created, and says where", async () => {
    const before = await snapshot();
    const outcome = await runQuietly([...base(), "--grep", "^put-status-204$", "--keep"]);
    const after = await snapshot();
    const created = after.names.filter((name) => !before.names.includes(name));
    expect(created).toEqual([`${outcome.report?.runId}-1`]);
    expect(outcome.report?.cases[0]?.cleanup).toMatchObject({
      status: "kept",
      message: expect.stringContaining(String(created[0])),
    });
  });

  it("cleans up after an interrupt and reports the cases it did not run", async () => {
    const before = await snapshot();
    const interrupt = new AbortController();
    setTimeout(() => interrupt.abort(), 200);
    const outcome = await runQuietly([...base(), "--concurrency", "2"], { signal: interrupt.signal });
    expect(outcome.report?.interrupted).toBe(true);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report?.cases.some((c) => c.reason === "not run: the run was interrupted")).toBe(true);
    expect(await snapshot()).toEqual(before);
  }, 180_000);
});
