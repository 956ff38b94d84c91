// "Everything the mock stores, our own client can read": the largest List page the mock can hold
// (100 configurations, each at every bound the model sets) is read by @s3-inventory/client, whose
// reader keeps the model's DEFAULT_XML_LIMITS (4 MiB, 100,000 elements).
import {
  ListBucketInventoryConfigurationsCommand,
  PutBucketInventoryConfigurationCommand,
  S3InventoryClient,
} from "@s3-inventory/client";
import {
  DEFAULT_XML_LIMITS,
  INVENTORY_ID_MAX_LENGTH,
  type InventoryConfiguration,
  InventoryOptionalField,
  LIST_INVENTORY_CONFIGURATIONS_PAGE_SIZE,
  MAX_INVENTORY_TEXT_VALUE_BYTES,
  MAX_PUT_INVENTORY_CONFIGURATION_ELEMENTS,
} from "@s3-inventory/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/server/index.js";
import { DEFAULT_CREDENTIALS } from "./support/s3-clients.js";

// `"` is the character the writer escapes most (`&quot;`, six bytes for one).
const TEXT = '"'.repeat(MAX_INVENTORY_TEXT_VALUE_BYTES);
const LONGEST_FIELD = Object.values(InventoryOptionalField).reduce((a, b) => (b.length > a.length ? b : a));
// The elements of a configuration other than its <Field>s, with every optional member present:
// InventoryConfiguration, Destination, S3BucketDestination, AccountId, Bucket, Format, Prefix,
// Encryption, SSE-KMS, KeyId, IsEnabled, Filter, Prefix, Id, IncludedObjectVersions, OptionalFields,
// Schedule, Frequency.
const OTHER_ELEMENTS = 18;

function largest(index: number, fields = MAX_PUT_INVENTORY_CONFIGURATION_ELEMENTS - OTHER_ELEMENTS) {
  const Id = String(index).padStart(INVENTORY_ID_MAX_LENGTH, "i");
  const configuration: InventoryConfiguration = {
    Destination: {
      S3BucketDestination: {
        AccountId: TEXT,
        // The longest bucket name in the longest partition.
        Bucket: `arn:aws-us-gov:s3:::${"b".repeat(255)}`,
        Format: "Parquet",
        Prefix: TEXT,
        Encryption: { SSEKMS: { KeyId: TEXT } },
      },
    },
    IsEnabled: false,
    Filter: { Prefix: TEXT },
    Id,
    IncludedObjectVersions: "Current",
    OptionalFields: Array.from({ length: fields }, () => LONGEST_FIELD),
    Schedule: { Frequency: "Weekly" },
  };
  return configuration;
}

let server: MockServer;
let s3: S3InventoryClient;
beforeAll(async () => {
  server = await startMockServer({ buckets: ["src"] });
  s3 = new S3InventoryClient({
    region: "us-east-1",
    endpoint: server.url,
    forcePathStyle: true,
    credentials: DEFAULT_CREDENTIALS,
    maxAttempts: 1,
  });
});
afterAll(async () => {
  s3.destroy();
  await server.close();
});

const put = (configuration: InventoryConfiguration) =>
  s3.send(
    new PutBucketInventoryConfigurationCommand({
      Bucket: "src",
      Id: configuration.Id,
      InventoryConfiguration: configuration,
    }),
  );

describe("the largest List page the mock can store", () => {
  it("is each configuration at the model's bounds: one more field or one more byte is refused", async () => {
    await expect(
      put(largest(0, MAX_PUT_INVENTORY_CONFIGURATION_ELEMENTS - OTHER_ELEMENTS + 1)),
    ).rejects.toMatchObject({
      name: "MalformedXML",
    });
    const longer = largest(0);
    longer.Filter = { Prefix: `${TEXT}x` };
    await expect(put(longer)).rejects.toMatchObject({ name: "MalformedXML" });
  });

  it("is read whole by @s3-inventory/client", async () => {
    for (let index = 0; index < LIST_INVENTORY_CONFIGURATIONS_PAGE_SIZE; index++) {
      expect((await put(largest(index))).$metadata.httpStatusCode).toBe(204);
    }
    const page = await fetch(`${server.url}/src/?inventory=`, {
      headers: {
        authorization: `AWS4-HMAC-SHA256 Credential=${DEFAULT_CREDENTIALS.accessKeyId}/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`,
      },
    });
    const bytes = (await page.arrayBuffer()).byteLength;
    // Big enough to be the page this test means (over 3 MB), and within the reader's limit.
    expect(bytes).toBeGreaterThan(3_000_000);
    expect(bytes).toBeLessThanOrEqual(DEFAULT_XML_LIMITS.maxBytes);

    const listed = await s3.send(new ListBucketInventoryConfigurationsCommand({ Bucket: "src" }));
    expect(listed.InventoryConfigurationList).toHaveLength(LIST_INVENTORY_CONFIGURATIONS_PAGE_SIZE);
    const seventh = listed.InventoryConfigurationList?.find((item) => item.Id === largest(7).Id);
    expect(seventh).toEqual(largest(7));
  });
});
