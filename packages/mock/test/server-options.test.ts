// startMockServer's `engine`, `handler` and `tls` options, over real sockets.
import { readFile } from "node:fs/promises";
import { Agent } from "node:https";
import {
  GetBucketInventoryConfigurationCommand,
  ListBucketInventoryConfigurationsCommand,
  PutBucketInventoryConfigurationCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { describe, expect, it } from "vitest";
import { createInventoryMockEngine } from "../src/index.js";
import { startMockServer } from "../src/server/index.js";
import { DEFAULT_CREDENTIALS, exampleConfiguration, sdkClient } from "./support/s3-clients.js";

const put = (id: string) =>
  new PutBucketInventoryConfigurationCommand({
    Bucket: "src",
    Id: id,
    InventoryConfiguration: exampleConfiguration(id),
  });

describe("startMockServer options", () => {
  it("serves an existing engine: what a client puts is in that engine, and close() leaves it", async () => {
    const engine = createInventoryMockEngine({ buckets: ["src"] });
    const server = await startMockServer({ engine, buckets: ["ignored"] });
    try {
      await sdkClient({ endpoint: server.url, forcePathStyle: true }).send(put("shared"));
      expect(server.engine).toBe(engine);
    } finally {
      await server.close();
    }
    const stored = [...engine.snapshot()].map((mutation) => `${mutation.type}:${mutation.bucket}`);
    expect(stored).toEqual(["createBucket:src", "putConfiguration:src"]);
  });

  it("refuses an initial bucket name S3 would refuse, before listening", async () => {
    await expect(startMockServer({ buckets: ["src", "Bad_Name"] })).rejects.toThrow(
      /initial bucket name "Bad_Name" breaks S3's naming rules/,
    );
  });

  it("refuses an engine together with a data directory", async () => {
    const engine = createInventoryMockEngine();
    await expect(startMockServer({ engine, dataDir: "/nonexistent" })).rejects.toBeInstanceOf(TypeError);
  });

  it("answers through a handler that wraps the engine, and 500 InternalError when it throws", async () => {
    const server = await startMockServer({
      buckets: ["src"],
      handler: async (request, engine) => {
        if (request.url.includes("id=boom")) throw new Error("a broken wrapper");
        if (request.url.includes("id=bad-header")) {
          // node:http refuses this header when the answer is written, after the handler returned.
          return { status: 200, headers: { "x-broken": "a\nb" }, body: undefined };
        }
        const response = await engine.handle(request);
        // The API reference's 200 instead of the recorded 204, as some S3-compatible servers answer.
        return request.method === "PUT" && response.status === 204 ? { ...response, status: 200 } : response;
      },
    });
    try {
      const s3 = sdkClient({ endpoint: server.url, forcePathStyle: true });
      expect((await s3.send(put("wrapped"))).$metadata.httpStatusCode).toBe(200);
      const got = await s3.send(new GetBucketInventoryConfigurationCommand({ Bucket: "src", Id: "wrapped" }));
      expect(got.InventoryConfiguration?.Id).toBe("wrapped");
      await expect(
        s3.send(new GetBucketInventoryConfigurationCommand({ Bucket: "src", Id: "boom" })),
      ).rejects.toMatchObject({ name: "InternalError", $metadata: { httpStatusCode: 500 } });
      await expect(
        s3.send(new GetBucketInventoryConfigurationCommand({ Bucket: "src", Id: "bad-header" })),
      ).rejects.toMatchObject({ name: "InternalError", $metadata: { httpStatusCode: 500 } });
      // The server is still up.
      expect((await s3.send(put("after"))).$metadata.httpStatusCode).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("serves HTTPS with a given key and certificate", async () => {
    const cert = await readFile(new URL("./support/tls/test-only-127.0.0.1.crt", import.meta.url), "utf8");
    const key = await readFile(new URL("./support/tls/test-only-127.0.0.1.key", import.meta.url), "utf8");
    const server = await startMockServer({ buckets: ["src"], tls: { key, cert } });
    try {
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const s3 = new S3Client({
        region: "us-east-1",
        endpoint: server.url,
        forcePathStyle: true,
        credentials: DEFAULT_CREDENTIALS,
        maxAttempts: 1,
        requestHandler: { httpsAgent: new Agent({ ca: cert, keepAlive: false }) },
      });
      await s3.send(put("secure"));
      const list = await s3.send(new ListBucketInventoryConfigurationsCommand({ Bucket: "src" }));
      expect(list.InventoryConfigurationList?.map((c) => c.Id)).toEqual(["secure"]);
    } finally {
      await server.close();
    }
  });
});
