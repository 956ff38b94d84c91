import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OVERSIZED_BODY_DRAIN } from "../src/server/refuse-oversized-body.js";
import { type MockServer, startMockServer } from "../src/server/start-mock-server.js";

const AUTH = `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`;
let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ port: 0, buckets: ["src"] });
});
afterAll(() => server.close());

/**
 * A client that keeps uploading `total` bytes whatever it receives (as an HTTP client busy writing
 * does), reading all the while. Resolves when the connection closes, with what it read and sent.
 */
function keepSending(options: { total: number; expectContinue: boolean; chunked: boolean }) {
  const url = new URL(server.url);
  return new Promise<{ answer: string; sent: number; error: string | undefined }>((resolve) => {
    // Half-open allowed: a client busy uploading keeps writing after the server's FIN, as blocking
    // HTTP clients (Python's http.client, curl without Expect) do.
    const socket = connect({ port: Number(url.port), host: url.hostname, allowHalfOpen: true });
    let answer = "";
    let sent = 0;
    let error: string | undefined;
    const chunk = Buffer.alloc(64 * 1024, "x");
    const framed = Buffer.concat([
      Buffer.from(`${chunk.length.toString(16)}\r\n`),
      chunk,
      Buffer.from("\r\n"),
    ]);
    // One chunk per turn of the event loop, as a client streaming from a file does: the upload is
    // still going on when the answer arrives.
    const pump = (): void => {
      if (socket.destroyed) return;
      if (sent >= options.total) return void socket.end();
      sent += chunk.length;
      const last = sent >= options.total;
      const piece = options.chunked
        ? last
          ? Buffer.concat([framed, Buffer.from("0\r\n\r\n")])
          : framed
        : chunk;
      if (socket.write(piece)) setTimeout(pump, 1);
      else socket.once("drain", pump);
    };
    socket.on("connect", () => {
      socket.write(
        `PUT /src/?id=big&inventory= HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: ${AUTH}\r\n` +
          (options.chunked ? "Transfer-Encoding: chunked\r\n" : `Content-Length: ${options.total}\r\n`) +
          (options.expectContinue ? "Expect: 100-continue\r\n" : "") +
          "\r\n",
      );
      pump();
    });
    socket.on("data", (data: Buffer) => {
      answer += data.toString("latin1");
    });
    socket.on("error", (failure: NodeJS.ErrnoException) => {
      error = failure.code ?? failure.message;
    });
    socket.on("close", () => resolve({ answer, sent: Math.min(sent, options.total), error }));
  });
}

describe("a body over the cap, from a client that keeps sending", () => {
  it.each([
    ["announced, no Expect", { expectContinue: false, chunked: false }],
    ["announced, Expect: 100-continue (sent anyway)", { expectContinue: true, chunked: false }],
    ["chunked, no Expect", { expectContinue: false, chunked: true }],
  ])("%s: the whole upload is read and the client reads 400 MaxMessageLengthExceeded", async (_, shape) => {
    const total = 4 * 1024 * 1024;
    const outcome = await keepSending({ total, ...shape });
    expect(outcome.error).toBeUndefined();
    expect(outcome.sent).toBe(total);
    expect(outcome.answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(outcome.answer).not.toContain("100 Continue");
    expect(outcome.answer).toContain("<Code>MaxMessageLengthExceeded</Code>");
  });

  it("past the drain bound the connection is dropped, after the client has read the answer", async () => {
    const total = OVERSIZED_BODY_DRAIN.bytes * 8;
    const outcome = await keepSending({ total, expectContinue: false, chunked: false });
    expect(outcome.answer).toContain("<Code>MaxMessageLengthExceeded</Code>");
    expect(outcome.sent).toBeLessThan(total);
  });
});
