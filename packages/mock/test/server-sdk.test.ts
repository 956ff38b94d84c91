import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteBucketInventoryConfigurationCommand,
  GetBucketInventoryConfigurationCommand,
  HeadBucketCommand,
  ListBucketInventoryConfigurationsCommand,
  ListBucketsCommand,
  NoSuchBucket,
  PutBucketInventoryConfigurationCommand,
  PutBucketAclCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/server/index.js";
import { exampleConfiguration, sdkClient } from "./support/s3-clients.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ buckets: ["path-bucket", "virtual-bucket"] });
});
afterAll(async () => {
  await server.close();
});

const styles: [string, () => S3Client, string, RegExp][] = [
  [
    "path-style",
    () => sdkClient({ endpoint: server.url, forcePathStyle: true }),
    "path-bucket",
    /^127\.0\.0\.1$/,
  ],
  [
    "virtual-hosted",
    () => sdkClient({ endpoint: server.url.replace("127.0.0.1", "localhost"), loopback: true }),
    "virtual-bucket",
    /^virtual-bucket\.localhost$/,
  ],
];

describe.each(styles)("@aws-sdk/client-s3 over a real socket, %s", (_style, makeClient, bucket, host) => {
  it("puts, gets exactly what was put, lists, deletes", async () => {
    const s3 = makeClient();
    const hosts: string[] = [];
    s3.middlewareStack.add(
      (next) => async (args) => {
        hosts.push((args.request as { hostname: string }).hostname);
        return next(args);
      },
      { step: "finalizeRequest" },
    );
    const put = await s3.send(
      new PutBucketInventoryConfigurationCommand({
        Bucket: bucket,
        Id: "report-1",
        InventoryConfiguration: exampleConfiguration("report-1"),
      }),
    );
    expect(put.$metadata.httpStatusCode).toBe(204);
    expect(put.$metadata.requestId).toMatch(/^[0-9A-F]{16}$/);
    const got = await s3.send(new GetBucketInventoryConfigurationCommand({ Bucket: bucket, Id: "report-1" }));
    expect(got.InventoryConfiguration).toEqual(exampleConfiguration("report-1"));
    await s3.send(
      new PutBucketInventoryConfigurationCommand({
        Bucket: bucket,
        Id: "a-report",
        InventoryConfiguration: exampleConfiguration("a-report"),
      }),
    );
    const list = await s3.send(new ListBucketInventoryConfigurationsCommand({ Bucket: bucket }));
    expect(list.IsTruncated).toBe(false);
    expect(list.InventoryConfigurationList?.map((c) => c.Id)).toEqual(["a-report", "report-1"]);
    expect(hosts.length).toBeGreaterThan(0);
    for (const sent of hosts) expect(sent).toMatch(host);
    const deleted = await s3.send(
      new DeleteBucketInventoryConfigurationCommand({ Bucket: bucket, Id: "report-1" }),
    );
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    await expect(
      s3.send(new GetBucketInventoryConfigurationCommand({ Bucket: bucket, Id: "report-1" })),
    ).rejects.toMatchObject({
      name: "NoSuchConfiguration",
      message: "The specified configuration does not exist.",
      $metadata: { httpStatusCode: 404 },
    });
  });

  it("surfaces S3's errors as the SDK's exceptions", async () => {
    const s3 = makeClient();
    const missing = s3.send(new ListBucketInventoryConfigurationsCommand({ Bucket: "no-such-bucket-here" }));
    await expect(missing).rejects.toBeInstanceOf(NoSuchBucket);
    await expect(missing).rejects.toMatchObject({ BucketName: "no-such-bucket-here" });
    await expect(
      s3.send(
        new PutBucketInventoryConfigurationCommand({
          Bucket: bucket,
          Id: "x",
          InventoryConfiguration: exampleConfiguration("y"),
        }),
      ),
    ).rejects.toMatchObject({ name: "IdMismatch", $metadata: { httpStatusCode: 400 } });
    await expect(
      s3.send(
        new ListBucketInventoryConfigurationsCommand({ Bucket: bucket, ExpectedBucketOwner: "111111111111" }),
      ),
    ).rejects.toMatchObject({ name: "AccessDenied", $metadata: { httpStatusCode: 403 } });
    await expect(s3.send(new PutBucketAclCommand({ Bucket: bucket, ACL: "private" }))).rejects.toMatchObject({
      name: "NotImplemented",
      $metadata: { httpStatusCode: 501 },
    });
  });
});

describe("bucket operations with @aws-sdk/client-s3", () => {
  it("creates (with and without a configuration), heads, lists and deletes buckets", async () => {
    const s3 = sdkClient({ endpoint: server.url, forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: "plain-bucket" }));
    await s3.send(
      new CreateBucketCommand({
        Bucket: "eu-bucket",
        CreateBucketConfiguration: { LocationConstraint: "eu-west-1" },
      }),
    );
    const head = await s3.send(new HeadBucketCommand({ Bucket: "eu-bucket" }));
    expect(head.BucketRegion).toBe("eu-west-1");
    const names = (await s3.send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name);
    expect(names).toEqual(expect.arrayContaining(["eu-bucket", "plain-bucket", "path-bucket"]));
    await s3.send(
      new PutBucketInventoryConfigurationCommand({
        Bucket: "plain-bucket",
        Id: "r",
        InventoryConfiguration: exampleConfiguration("r"),
      }),
    );
    await s3.send(new DeleteBucketCommand({ Bucket: "plain-bucket" }));
    await expect(s3.send(new HeadBucketCommand({ Bucket: "plain-bucket" }))).rejects.toMatchObject({
      $metadata: { httpStatusCode: 404 },
    });
  });
});
