import {
  GetBucketInventoryConfigurationCommand,
  PutBucketInventoryConfigurationCommand,
} from "@aws-sdk/client-s3";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inventoryHandlers } from "../src/msw/index.js";
import { exampleConfiguration, sdkClient } from "./support/s3-clients.js";

// Strict mode through msw: the signature is verified against the host the SDK signed, which the fetch
// Request that msw builds may not carry as a header.
const credentials = { accessKeyId: "AKIASTRICT0000000001", secretAccessKey: "strict-secret" };
const server = setupServer(
  ...inventoryHandlers({
    auth: "strict",
    credentials: [{ ...credentials, accountId: "333333333333" }],
    buckets: [{ name: "strict-bucket", accountId: "333333333333" }],
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("inventoryHandlers in strict mode", () => {
  it("accepts the SDK's signatures, virtual-hosted on S3's own host names", async () => {
    const s3 = sdkClient({ region: "eu-central-1", credentials });
    await s3.send(
      new PutBucketInventoryConfigurationCommand({
        Bucket: "strict-bucket",
        Id: "1",
        InventoryConfiguration: exampleConfiguration("1"),
      }),
    );
    const got = await s3.send(
      new GetBucketInventoryConfigurationCommand({
        Bucket: "strict-bucket",
        Id: "1",
        ExpectedBucketOwner: "333333333333",
      }),
    );
    expect(got.InventoryConfiguration?.Id).toBe("1");
  });

  it("refuses a wrong secret and an unknown key", async () => {
    const wrong = sdkClient({ credentials: { ...credentials, secretAccessKey: "nope" } });
    await expect(
      wrong.send(new GetBucketInventoryConfigurationCommand({ Bucket: "strict-bucket", Id: "1" })),
    ).rejects.toMatchObject({
      name: "SignatureDoesNotMatch",
    });
    const unknown = sdkClient({ credentials: { accessKeyId: "AKIAOTHER", secretAccessKey: "x" } });
    await expect(
      unknown.send(new GetBucketInventoryConfigurationCommand({ Bucket: "strict-bucket", Id: "1" })),
    ).rejects.toMatchObject({
      name: "InvalidAccessKeyId",
    });
  });
});
