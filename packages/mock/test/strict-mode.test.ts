import {
  CreateBucketCommand,
  GetBucketInventoryConfigurationCommand,
  ListBucketInventoryConfigurationsCommand,
  PutBucketInventoryConfigurationCommand,
} from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/server/index.js";
import { codeOf, rawRequest } from "./support/raw-http.js";
import { exampleConfiguration, sdkClient } from "./support/s3-clients.js";
import { presignS3, type SignableRequest, sdkSigner, urlOf } from "./support/sdk-signer.js";

const alice = { accessKeyId: "AKIAALICE000000000001", secretAccessKey: "alice/secret+key" };
const bob = { accessKeyId: "AKIABOB0000000000002", secretAccessKey: "bob-secret" };

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({
    auth: "strict",
    credentials: [
      { ...alice, accountId: "111111111111" },
      { ...bob, accountId: "222222222222" },
    ],
  });
  const s3 = sdkClient({ endpoint: server.url, forcePathStyle: true, credentials: alice });
  await s3.send(new CreateBucketCommand({ Bucket: "alice-bucket" }));
  await s3.send(
    new PutBucketInventoryConfigurationCommand({
      Bucket: "alice-bucket",
      Id: "r1",
      InventoryConfiguration: exampleConfiguration("r1"),
    }),
  );
});
afterAll(async () => {
  await server.close();
});

const base = (): SignableRequest => {
  const url = new URL(server.url);
  return {
    method: "GET",
    protocol: "http:",
    hostname: url.hostname,
    port: Number(url.port),
    path: "/alice-bucket/",
    query: { inventory: "", id: "r1" },
    headers: { host: url.host },
  };
};

describe("strict mode over a real socket", () => {
  it("accepts @aws-sdk/client-s3's signatures (header auth) for the right account", async () => {
    const s3 = sdkClient({ endpoint: server.url, forcePathStyle: true, credentials: alice });
    const got = await s3.send(
      new GetBucketInventoryConfigurationCommand({ Bucket: "alice-bucket", Id: "r1" }),
    );
    expect(got.InventoryConfiguration?.Id).toBe("r1");
  });

  it("verifies signatures over escaped query values (the Id is then refused by the model, not the signature)", async () => {
    const s3 = sdkClient({ endpoint: server.url, forcePathStyle: true, credentials: alice });
    const id = "a b/c&d+é";
    await expect(
      s3.send(
        new PutBucketInventoryConfigurationCommand({
          Bucket: "alice-bucket",
          Id: id,
          InventoryConfiguration: exampleConfiguration(id),
        }),
      ),
    ).rejects.toMatchObject({ name: "MalformedXML" });
    await expect(
      s3.send(new GetBucketInventoryConfigurationCommand({ Bucket: "alice-bucket", Id: id })),
    ).rejects.toMatchObject({
      name: "NoSuchConfiguration",
    });
  });

  it("answers AccessDenied to another configured account", async () => {
    const s3 = sdkClient({ endpoint: server.url, forcePathStyle: true, credentials: bob });
    await expect(
      s3.send(new ListBucketInventoryConfigurationsCommand({ Bucket: "alice-bucket" })),
    ).rejects.toMatchObject({
      name: "AccessDenied",
      $metadata: { httpStatusCode: 403 },
    });
  });

  it("answers SignatureDoesNotMatch for a wrong secret, without echoing it", async () => {
    const s3 = sdkClient({
      endpoint: server.url,
      forcePathStyle: true,
      credentials: { accessKeyId: alice.accessKeyId, secretAccessKey: "not-the-secret" },
    });
    const error = await s3
      .send(new ListBucketInventoryConfigurationsCommand({ Bucket: "alice-bucket" }))
      .catch((e) => e);
    expect(error).toMatchObject({ name: "SignatureDoesNotMatch", $metadata: { httpStatusCode: 403 } });
    expect(JSON.stringify(error)).not.toContain("not-the-secret");
    expect(JSON.stringify(error)).not.toContain(alice.secretAccessKey);
  });

  it("answers InvalidAccessKeyId for an unknown key", async () => {
    const s3 = sdkClient({
      endpoint: server.url,
      forcePathStyle: true,
      credentials: { accessKeyId: "AKIAUNKNOWN", secretAccessKey: "x" },
    });
    await expect(
      s3.send(new ListBucketInventoryConfigurationsCommand({ Bucket: "alice-bucket" })),
    ).rejects.toMatchObject({
      name: "InvalidAccessKeyId",
      $metadata: { httpStatusCode: 403 },
    });
  });

  it("answers RequestTimeTooSkewed beyond 15 minutes and accepts 14", async () => {
    const skewed = sdkClient({
      endpoint: server.url,
      forcePathStyle: true,
      credentials: alice,
      systemClockOffset: -16 * 60_000,
    });
    await expect(
      skewed.send(new ListBucketInventoryConfigurationsCommand({ Bucket: "alice-bucket" })),
    ).rejects.toMatchObject({
      name: "RequestTimeTooSkewed",
      $metadata: { httpStatusCode: 403 },
    });
    const close = sdkClient({
      endpoint: server.url,
      forcePathStyle: true,
      credentials: alice,
      systemClockOffset: -14 * 60_000,
    });
    const list = await close.send(new ListBucketInventoryConfigurationsCommand({ Bucket: "alice-bucket" }));
    expect(list.$metadata.httpStatusCode).toBe(200);
  });

  it("accepts a presigned URL, and refuses it tampered with or expired", async () => {
    const signer = sdkSigner(alice);
    const presigned = await presignS3(signer, base(), { expiresIn: 300 });
    const ok = await rawRequest(urlOf(presigned));
    expect(ok.status).toBe(200);
    expect(ok.text).toContain("<Id>r1</Id>");
    const tampered = await rawRequest(urlOf({ ...presigned, query: { ...presigned.query, id: "r2" } }));
    expect([tampered.status, codeOf(tampered.text)]).toEqual([403, "SignatureDoesNotMatch"]);
    const old = await presignS3(signer, base(), {
      expiresIn: 60,
      signingDate: new Date(Date.now() - 120_000),
    });
    const expired = await rawRequest(urlOf(old));
    expect([expired.status, codeOf(expired.text)]).toEqual([403, "AccessDenied"]);
  });

  it("checks the body against x-amz-content-sha256 and refuses anonymous and SigV2 requests", async () => {
    const signer = sdkSigner(alice);
    const put = await signer.sign({ ...base(), method: "PUT", body: "<a/>", headers: { ...base().headers } });
    const swapped = await rawRequest(urlOf(put), { method: "PUT", headers: put.headers, body: "<b/>" });
    expect([swapped.status, codeOf(swapped.text)]).toEqual([400, "XAmzContentSHA256Mismatch"]);
    const anonymous = await rawRequest(`${server.url}/alice-bucket/?inventory`);
    expect([anonymous.status, codeOf(anonymous.text)]).toEqual([403, "AccessDenied"]);
    const v2 = await rawRequest(`${server.url}/alice-bucket/?inventory`, {
      headers: { authorization: "AWS AKIAALICE000000000001:abc=" },
    });
    expect([v2.status, codeOf(v2.text)]).toEqual([400, "InvalidRequest"]);
  });
});
