// One scenario for @s3-inventory/client, run against each transport by its own test file (msw and a
// real socket are kept in separate files: msw's interceptor must not see the server's traffic).
import {
  DeleteBucketInventoryConfigurationCommand,
  GetBucketInventoryConfigurationCommand,
  IdMismatch,
  ListBucketInventoryConfigurationsCommand,
  NoSuchBucket,
  NoSuchConfiguration,
  PutBucketInventoryConfigurationCommand,
  paginateListBucketInventoryConfigurations,
  S3InventoryClient,
} from "@s3-inventory/client";
import { expect, it } from "vitest";
import { DEFAULT_CREDENTIALS, exampleConfiguration } from "./s3-clients.js";

/** Registers the scenario's tests for a mock holding bucket `src` at `endpoint()`. */
export function inventoryClientScenario(endpoint: () => string): void {
  const client = () =>
    new S3InventoryClient({
      region: "us-east-1",
      endpoint: endpoint(),
      forcePathStyle: true,
      credentials: DEFAULT_CREDENTIALS,
      maxAttempts: 1,
    });

  it("puts, gets exactly what was put, pages, deletes", async () => {
    const s3 = client();
    const ids = Array.from({ length: 120 }, (_, i) => `client-${String(i).padStart(3, "0")}`);
    for (const Id of ids) {
      const put = await s3.send(
        new PutBucketInventoryConfigurationCommand({
          Bucket: "src",
          Id,
          InventoryConfiguration: exampleConfiguration(Id),
        }),
      );
      expect(put.$metadata.httpStatusCode).toBe(204);
    }
    const got = await s3.send(
      new GetBucketInventoryConfigurationCommand({ Bucket: "src", Id: "client-007" }),
    );
    expect(got.InventoryConfiguration).toEqual(exampleConfiguration("client-007"));
    const seen: string[] = [];
    const pages: number[] = [];
    for await (const page of paginateListBucketInventoryConfigurations({ client: s3 }, { Bucket: "src" })) {
      pages.push(page.InventoryConfigurationList?.length ?? 0);
      seen.push(...(page.InventoryConfigurationList ?? []).map((c) => c.Id ?? ""));
    }
    expect(pages).toEqual([100, 20]);
    expect(seen).toEqual(ids);
    await s3.send(new DeleteBucketInventoryConfigurationCommand({ Bucket: "src", Id: "client-007" }));
    await expect(
      s3.send(new GetBucketInventoryConfigurationCommand({ Bucket: "src", Id: "client-007" })),
    ).rejects.toBeInstanceOf(NoSuchConfiguration);
    for (const Id of ids)
      await s3
        .send(new DeleteBucketInventoryConfigurationCommand({ Bucket: "src", Id }))
        .catch(() => undefined);
    const empty = await s3.send(new ListBucketInventoryConfigurationsCommand({ Bucket: "src" }));
    expect(empty.InventoryConfigurationList).toBeUndefined();
  });

  it("gets the mock's errors as its typed exceptions", async () => {
    const s3 = client();
    await expect(
      s3.send(new ListBucketInventoryConfigurationsCommand({ Bucket: "nowhere" })),
    ).rejects.toBeInstanceOf(NoSuchBucket);
    await expect(
      s3.send(
        new PutBucketInventoryConfigurationCommand({
          Bucket: "src",
          Id: "a",
          InventoryConfiguration: exampleConfiguration("b"),
        }),
      ),
    ).rejects.toBeInstanceOf(IdMismatch);
  });
}
