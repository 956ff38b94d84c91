// Over a real socket, with the built-in Node.js handler: request lines as S3 sees them, bodies,
// requestTimeout and abort.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  DeleteBucketInventoryConfigurationCommand,
  ListBucketInventoryConfigurationsCommand,
  PutBucketInventoryConfigurationCommand,
  S3InventoryClient,
} from "../src/index.js";
import { TEST_CREDENTIALS } from "./support/clients.js";

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingMessage["headers"];
  body: string;
}

let server: Server;
let endpoint: string;
const seen: Seen[] = [];
let reply: (response: ServerResponse) => void = (response) => response.writeHead(204).end();

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => {
      seen.push({ method: request.method, url: request.url, headers: request.headers, body });
      reply(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const client = (options: { requestTimeout?: number; maxAttempts?: number } = {}) =>
  new S3InventoryClient({ region: "us-east-1", endpoint, credentials: TEST_CREDENTIALS, ...options });

describe("the Node.js handler", () => {
  test("sends the request lines the SDK sends, and the Put body", async () => {
    seen.length = 0;
    reply = (response) => response.writeHead(204).end();
    const s3 = client();
    await s3.send(
      new PutBucketInventoryConfigurationCommand({
        Bucket: "src",
        Id: "a b",
        InventoryConfiguration: {
          Destination: { S3BucketDestination: { Bucket: "arn:aws:s3:::d", Format: "CSV" } },
          IsEnabled: true,
          Id: "a b",
          IncludedObjectVersions: "All",
          Schedule: { Frequency: "Daily" },
        },
      }),
    );
    await s3.send(new DeleteBucketInventoryConfigurationCommand({ Bucket: "src", Id: "a b" }));
    s3.destroy();
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      "PUT /src/?id=a%20b&inventory=",
      "DELETE /src/?id=a%20b&inventory=",
    ]);
    expect(seen[0]?.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><InventoryConfiguration xmlns=/);
    expect(seen[0]?.headers["content-length"]).toBe(String(Buffer.byteLength(seen[0]?.body ?? "")));
  });

  test("reads a streamed answer", async () => {
    reply = (response) => {
      response.writeHead(200, { "content-type": "application/xml", "x-amz-request-id": "R1" });
      response.end(
        "<ListInventoryConfigurationsResult><IsTruncated>false</IsTruncated></ListInventoryConfigurationsResult>",
      );
    };
    const s3 = client();
    const output = await s3.send(
      new ListBucketInventoryConfigurationsCommand({ Bucket: "src", ContinuationToken: "t/1+" }),
    );
    s3.destroy();
    expect(output).toEqual({
      IsTruncated: false,
      $metadata: expect.objectContaining({ httpStatusCode: 200, requestId: "R1" }),
    });
    expect(seen.at(-1)?.url).toBe(
      "/src/?continuation-token=t%2F1%2B&inventory=&x-id=ListBucketInventoryConfigurations",
    );
  });

  test("requestTimeout fails a request the server does not answer", async () => {
    reply = () => {};
    const s3 = client({ requestTimeout: 100, maxAttempts: 1 });
    await expect(
      s3.send(new DeleteBucketInventoryConfigurationCommand({ Bucket: "src", Id: "r" })),
    ).rejects.toMatchObject({
      name: "TimeoutError",
    });
    s3.destroy();
  });

  test("an abort signal cancels a request in flight", async () => {
    reply = () => {};
    const s3 = client({ maxAttempts: 1 });
    const controller = new AbortController();
    const pending = s3.send(new DeleteBucketInventoryConfigurationCommand({ Bucket: "src", Id: "r" }), {
      abortSignal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    s3.destroy();
  });
});
