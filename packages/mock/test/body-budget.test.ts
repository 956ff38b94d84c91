import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/server/start-mock-server.js";
import { rawRequest } from "./support/raw-http.js";

const AUTH = `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`;
const VALID =
  '<InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Destination><S3BucketDestination><Bucket>arn:aws:s3:::dest</Bucket><Format>CSV</Format></S3BucketDestination></Destination><IsEnabled>true</IsEnabled><Id>r1</Id><IncludedObjectVersions>All</IncludedObjectVersions><Schedule><Frequency>Daily</Frequency></Schedule></InventoryConfiguration>';
const CAP = 2 * 1024 * 1024;
let server: MockServer;
const sockets: Socket[] = [];
beforeAll(async () => {
  server = await startMockServer({ port: 0, buckets: ["src"], maxBufferedBodyBytes: CAP });
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await server.close();
});

// A client that announces a 1,000,000-byte body, sends `bytes` of it and holds the rest back.
function holdBody(bytes: number): Promise<{ socket: Socket; answer: Promise<string> }> {
  const url = new URL(server.url);
  return new Promise((resolve) => {
    const socket = connect({ port: Number(url.port), host: url.hostname, allowHalfOpen: true }, () => {
      socket.write(
        `PUT /src/?id=r1&inventory= HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: ${AUTH}\r\nContent-Length: 1000000\r\n\r\n`,
      );
      socket.write(Buffer.alloc(bytes, " "), () => resolve({ socket, answer }));
    });
    sockets.push(socket);
    let text = "";
    const answer = new Promise<string>((done) => {
      socket.on("data", (chunk: Buffer) => {
        text += chunk.toString("latin1");
      });
      socket.on("close", () => done(text));
      socket.on("error", () => done(text));
    });
  });
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe("the cap on request bytes buffered across all connections", () => {
  it("answers 503 SlowDown beyond the cap, and serves again once the held bodies are gone", async () => {
    const holders = [await holdBody(900_000), await holdBody(900_000)];
    // The third one goes over 2 MiB in total while it uploads: refused, and drained like any refusal.
    const third = await holdBody(400_000);
    third.socket.end(Buffer.alloc(600_000, " "));
    const refused = await third.answer;
    expect(refused).toMatch(/^HTTP\/1\.1 503 /);
    expect(refused).toContain("<Code>SlowDown</Code>");
    let answered = false;
    for (const holder of holders) void holder.answer.then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false); // the two within the cap are still being read
    for (const holder of holders) holder.socket.destroy();
    await until(() => holders.every((holder) => holder.socket.destroyed));
    // Their bytes are released: a Put goes through again.
    let status = 0;
    for (let attempt = 0; attempt < 100 && status !== 204; attempt++) {
      status = (
        await rawRequest(`${server.url}/src/?id=r1&inventory=`, {
          method: "PUT",
          headers: { authorization: AUTH },
          body: VALID,
        })
      ).status;
      if (status !== 204) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(status).toBe(204);
  });
});
