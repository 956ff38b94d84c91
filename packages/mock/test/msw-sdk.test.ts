import {
  CreateBucketCommand,
  GetBucketInventoryConfigurationCommand,
  ListBucketInventoryConfigurationsCommand,
  PutBucketInventoryConfigurationCommand,
} from "@aws-sdk/client-s3";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createInventoryMockEngine } from "../src/index.js";
import { inventoryHandlers } from "../src/msw/index.js";
import { exampleConfiguration, sdkClient } from "./support/s3-clients.js";

// Two independent mocks in one process: one behind S3's real host names, one behind a custom endpoint.
const awsEngine = createInventoryMockEngine({ buckets: ["amzn-s3-demo-bucket"] });
const server = setupServer(
  ...inventoryHandlers({ engine: awsEngine }),
  ...inventoryHandlers({ endpoint: "http://localhost:4566", buckets: ["amzn-s3-demo-bucket"] }),
  http.get("https://api.example.com/health", () => HttpResponse.json({ ok: true })),
);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => awsEngine.reset());
afterAll(() => server.close());

describe("inventoryHandlers with @aws-sdk/client-s3", () => {
  it("serves S3's own virtual-hosted host names", async () => {
    const s3 = sdkClient({ region: "eu-west-1" });
    const put = await s3.send(
      new PutBucketInventoryConfigurationCommand({
        Bucket: "amzn-s3-demo-bucket",
        Id: "1",
        InventoryConfiguration: exampleConfiguration("1"),
      }),
    );
    expect(put.$metadata.httpStatusCode).toBe(204);
    const got = await s3.send(
      new GetBucketInventoryConfigurationCommand({ Bucket: "amzn-s3-demo-bucket", Id: "1" }),
    );
    expect(got.InventoryConfiguration).toEqual(exampleConfiguration("1"));
  });

  it("serves a configured endpoint path-style, with its own state", async () => {
    const s3 = sdkClient({ endpoint: "http://localhost:4566", forcePathStyle: true });
    const aws = sdkClient();
    await aws.send(
      new PutBucketInventoryConfigurationCommand({
        Bucket: "amzn-s3-demo-bucket",
        Id: "aws-only",
        InventoryConfiguration: exampleConfiguration("aws-only"),
      }),
    );
    const list = await s3.send(
      new ListBucketInventoryConfigurationsCommand({ Bucket: "amzn-s3-demo-bucket" }),
    );
    expect(list.InventoryConfigurationList).toBeUndefined();
    expect(list.IsTruncated).toBe(false);
    await s3.send(new CreateBucketCommand({ Bucket: "local-only" }));
    await expect(
      aws.send(new ListBucketInventoryConfigurationsCommand({ Bucket: "local-only" })),
    ).rejects.toMatchObject({
      name: "NoSuchBucket",
    });
  });

  it("pages 250 configurations as S3 does: 100, 100, 50, in Id order", async () => {
    const s3 = sdkClient();
    const ids = Array.from({ length: 250 }, (_, i) => `cfg-${String((i * 7919) % 250).padStart(3, "0")}`);
    await Promise.all(
      ids.map((Id) =>
        s3.send(
          new PutBucketInventoryConfigurationCommand({
            Bucket: "amzn-s3-demo-bucket",
            Id,
            InventoryConfiguration: exampleConfiguration(Id),
          }),
        ),
      ),
    );
    const pages: string[][] = [];
    let token: string | undefined;
    do {
      const page = await s3.send(
        new ListBucketInventoryConfigurationsCommand({
          Bucket: "amzn-s3-demo-bucket",
          ContinuationToken: token,
        }),
      );
      expect(page.ContinuationToken).toBe(token);
      pages.push((page.InventoryConfigurationList ?? []).map((c) => c.Id ?? ""));
      token = page.NextContinuationToken;
      expect(page.IsTruncated).toBe(token !== undefined);
    } while (token);
    expect(pages.map((page) => page.length)).toEqual([100, 100, 50]);
    expect(pages.flat()).toEqual([...ids].sort());
  });

  it("leaves every other request to the other handlers", async () => {
    const response = await fetch("https://api.example.com/health");
    expect(await response.json()).toEqual({ ok: true });
  });
});
