import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/server/index.js";
import { codeOf, rawRequest, rawSocket } from "./support/raw-http.js";

const AUTH = {
  authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`,
};
const VALID =
  '<InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Destination><S3BucketDestination>' +
  "<Bucket>arn:aws:s3:::dest</Bucket><Format>CSV</Format></S3BucketDestination></Destination><IsEnabled>true</IsEnabled>" +
  "<Id>r1</Id><IncludedObjectVersions>All</IncludedObjectVersions><Schedule><Frequency>Daily</Frequency></Schedule></InventoryConfiguration>";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ buckets: ["src"] });
});
afterAll(async () => {
  await server.close();
});

const put = (body: string | Uint8Array, headers: Record<string, string> = {}) =>
  rawRequest(`${server.url}/src/?id=r1&inventory=`, {
    method: "PUT",
    headers: { ...AUTH, ...headers },
    body,
  });

async function stillServes(): Promise<void> {
  const list = await rawRequest(`${server.url}/src/?inventory`, { headers: AUTH });
  expect(list.status).toBe(200);
}

describe("hostile input gets S3 errors, never a crash or a hang", () => {
  it.each([
    ["truncated XML", VALID.slice(0, 120)],
    ["not XML at all", '{"json": true}'],
    ["two roots", `${VALID}${VALID}`],
    [
      "billion laughs",
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><InventoryConfiguration>&lol2;</InventoryConfiguration>`,
    ],
    [
      "external entity",
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><InventoryConfiguration><Id>&e;</Id></InventoryConfiguration>`,
    ],
    ["undeclared entity", VALID.replace("<Id>r1</Id>", "<Id>&boom;</Id>")],
    ["100,000 levels of nesting", `${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}`],
  ])("%s: 400 MalformedXML", async (_name, body) => {
    const answer = await put(body);
    expect([answer.status, codeOf(answer.text)]).toEqual([400, "MalformedXML"]);
    expect(answer.headers["x-amz-request-id"]).toBeTruthy();
    await stillServes();
  });

  it("invalid UTF-8 in the body: 400 MalformedXML", async () => {
    const bytes = Buffer.concat([
      Buffer.from(VALID.slice(0, 50)),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from(VALID.slice(50)),
    ]);
    const answer = await put(bytes);
    expect([answer.status, codeOf(answer.text)]).toEqual([400, "MalformedXML"]);
  });

  it("a body over the 1 MiB cap: 400 MaxMessageLengthExceeded, announced or chunked", async () => {
    const announced = await put("x".repeat(1024 * 1024 + 1));
    expect([announced.status, codeOf(announced.text)]).toEqual([400, "MaxMessageLengthExceeded"]);
    const chunk = "y".repeat(64 * 1024);
    const chunked = await rawSocket(
      server.url,
      `PUT /src/?id=r1&inventory= HTTP/1.1\r\nHost: x\r\nAuthorization: ${AUTH.authorization}\r\nTransfer-Encoding: chunked\r\n\r\n` +
        `${chunk.length.toString(16)}\r\n${chunk}\r\n`.repeat(20) +
        "0\r\n\r\n",
    );
    expect(chunked).toMatch(/^HTTP\/1\.1 400/);
    expect(codeOf(chunked)).toBe("MaxMessageLengthExceeded");
    await stillServes();
  });

  it("a valid body sent chunked in 1 KiB pieces, padded to 300 KiB: read whole, stored as sent", async () => {
    // No length announced: the server's body buffer grows as it fills; over 64 KiB, the body is also
    // validated in a worker.
    const padded = VALID.replace("<Schedule>", `${" ".repeat(300 * 1024)}<Schedule>`).replace(
      "<Id>r1</Id>",
      "<Id>chunked</Id>",
    );
    const pieces = padded.match(/[\s\S]{1,1024}/g) ?? [];
    const answer = await rawSocket(
      server.url,
      `PUT /src/?id=chunked&inventory= HTTP/1.1\r\nHost: x\r\nAuthorization: ${AUTH.authorization}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n` +
        pieces.map((piece) => `${piece.length.toString(16)}\r\n${piece}\r\n`).join("") +
        "0\r\n\r\n",
    );
    expect(answer).toMatch(/^HTTP\/1\.1 204/);
    const got = await rawRequest(`${server.url}/src/?id=chunked&inventory=`, { headers: AUTH });
    expect(got.status).toBe(200);
    expect(got.text).toContain("<Id>chunked</Id>");
  });

  it("bad percent-encoding in path or query: 400 InvalidURI", async () => {
    for (const path of ["/src/?inventory&id=%zz", "/src/?inventory&id=%C3%28", "/sr%c/?inventory"]) {
      const answer = await rawRequest(server.url, { path, headers: AUTH });
      expect([answer.status, codeOf(answer.text)], path).toEqual([400, "InvalidURI"]);
    }
  });

  it("a header section over 16 KiB: 400 RequestHeaderSectionTooLarge", async () => {
    const answer = await rawSocket(
      server.url,
      `GET /src/?inventory HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(40_000)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(codeOf(answer)).toBe("RequestHeaderSectionTooLarge");
    await stillServes();
  });

  it("garbage instead of HTTP, and a body cut short, leave the server serving", async () => {
    const garbage = await rawSocket(server.url, "\u0000\u0001 NOT HTTP \r\n\r\n");
    expect(garbage).toMatch(/^HTTP\/1\.1 400/);
    await rawSocket(
      server.url,
      `PUT /src/?id=r1&inventory= HTTP/1.1\r\nHost: x\r\nAuthorization: ${AUTH.authorization}\r\nContent-Length: 5000\r\n\r\n<Inv`,
      { endAfterWrite: true },
    );
    await stillServes();
  });

  it("Expect: 100-continue gets 100 then the answer; an oversize one is refused before the body", async () => {
    const request = (length: number) =>
      `PUT /src/?id=r1&inventory= HTTP/1.1\r\nHost: x\r\nAuthorization: ${AUTH.authorization}\r\nExpect: 100-continue\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`;
    const continued = await new Promise<string>((resolve, reject) => {
      import("node:net").then(({ connect }) => {
        const url = new URL(server.url);
        const socket = connect(Number(url.port), url.hostname, () =>
          socket.write(request(Buffer.byteLength(VALID))),
        );
        let seen = "";
        let sent = false;
        socket.on("data", (chunk: Buffer) => {
          seen += chunk.toString("latin1");
          if (!sent && seen.includes("100 Continue")) {
            sent = true;
            socket.write(VALID);
          }
        });
        socket.on("close", () => resolve(seen));
        socket.on("error", reject);
      }, reject);
    });
    expect(continued).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 204/);
    const refused = await rawSocket(server.url, request(10 * 1024 * 1024));
    expect(refused).not.toContain("100 Continue");
    expect(codeOf(refused)).toBe("MaxMessageLengthExceeded");
  });
});
