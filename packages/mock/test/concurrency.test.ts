import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ListBucketInventoryConfigurationsCommand,
  PutBucketInventoryConfigurationCommand,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { describe, expect, it } from "vitest";
import { startMockServer } from "../src/server/index.js";
import { exampleConfiguration, sdkClient } from "./support/s3-clients.js";

describe.each([
  ["in memory", false],
  ["with a journal (--data-dir)", true],
])("concurrency, %s", (_name, persist) => {
  it("100 parallel Puts of new Ids into a bucket of 950: exactly 1,000 stored, 50 TooManyConfigurations", async () => {
    const dataDir = persist ? mkdtempSync(join(tmpdir(), "s3-inventory-mock-")) : undefined;
    const server = await startMockServer({ buckets: ["src"], dataDir });
    try {
      const s3 = sdkClient({ endpoint: server.url, forcePathStyle: true });
      for (let batch = 0; batch < 950; batch += 50) {
        await Promise.all(
          Array.from({ length: 50 }, (_, i) => {
            const Id = `old-${batch + i}`;
            return s3.send(
              new PutBucketInventoryConfigurationCommand({
                Bucket: "src",
                Id,
                InventoryConfiguration: exampleConfiguration(Id),
              }),
            );
          }),
        );
      }
      const results = await Promise.allSettled(
        Array.from({ length: 100 }, (_, i) => {
          const Id = `new-${i}`;
          return s3.send(
            new PutBucketInventoryConfigurationCommand({
              Bucket: "src",
              Id,
              InventoryConfiguration: exampleConfiguration(Id),
            }),
          );
        }),
      );
      const refused = results.filter((result) => result.status === "rejected");
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(50);
      expect(refused).toHaveLength(50);
      for (const result of refused) {
        const reason = (result as PromiseRejectedResult).reason as S3ServiceException;
        expect(reason).toBeInstanceOf(S3ServiceException);
        expect([reason.name, reason.$metadata.httpStatusCode]).toEqual(["TooManyConfigurations", 400]);
      }
      let count = 0;
      let token: string | undefined;
      do {
        const page = await s3.send(
          new ListBucketInventoryConfigurationsCommand({ Bucket: "src", ContinuationToken: token }),
        );
        count += page.InventoryConfigurationList?.length ?? 0;
        token = page.NextContinuationToken;
      } while (token);
      expect(count).toBe(1000);
      // At the limit an overwrite is still allowed.
      const overwrite = await s3.send(
        new PutBucketInventoryConfigurationCommand({
          Bucket: "src",
          Id: "old-7",
          InventoryConfiguration: exampleConfiguration("old-7"),
        }),
      );
      expect(overwrite.$metadata.httpStatusCode).toBe(204);
    } finally {
      await server.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
