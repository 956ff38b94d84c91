import { setupServer } from "msw/node";
import {
  ListBucketInventoryConfigurationsCommand,
  PutBucketInventoryConfigurationCommand,
  S3InventoryClient,
} from "@s3-inventory/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inventoryHandlers } from "../src/msw/index.js";
import { inventoryClientScenario } from "./support/inventory-client-scenario.js";
import { DEFAULT_CREDENTIALS, exampleConfiguration } from "./support/s3-clients.js";

const msw = setupServer(
  ...inventoryHandlers({ endpoint: "http://localhost:4566", buckets: ["src"], interceptS3Hostnames: false }),
  ...inventoryHandlers({ buckets: ["amzn-s3-demo-bucket"] }),
);
beforeAll(() => msw.listen({ onUnhandledRequest: "error" }));
afterAll(() => msw.close());

describe("@s3-inventory/client through inventoryHandlers (msw)", () => {
  inventoryClientScenario(() => "http://localhost:4566");
});

describe("@s3-inventory/client with no endpoint (S3's own host names)", () => {
  it("is served by the handlers, virtual-hosted", async () => {
    const client = new S3InventoryClient({
      region: "eu-west-1",
      credentials: DEFAULT_CREDENTIALS,
      maxAttempts: 1,
    });
    await client.send(
      new PutBucketInventoryConfigurationCommand({
        Bucket: "amzn-s3-demo-bucket",
        Id: "1",
        InventoryConfiguration: exampleConfiguration("1"),
      }),
    );
    const page = await client.send(
      new ListBucketInventoryConfigurationsCommand({ Bucket: "amzn-s3-demo-bucket" }),
    );
    expect(page.InventoryConfigurationList?.map((configuration) => configuration.Id)).toEqual(["1"]);
  });
});
