import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/server/start-mock-server.js";

const HEADERS_MS = 600;
const REQUEST_MS = 1500;
let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({
    port: 0,
    buckets: ["src"],
    headersTimeoutMs: HEADERS_MS,
    requestTimeoutMs: REQUEST_MS,
  });
});
afterAll(() => server.close());

// A client that sends `bytes` and then nothing; resolves with what it read and when the server closed.
function stall(bytes: string): Promise<{ answer: string; afterMs: number }> {
  const url = new URL(server.url);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.write(bytes));
    let answer = "";
    socket.on("data", (chunk: Buffer) => {
      answer += chunk.toString("latin1");
    });
    socket.on("error", () => {});
    socket.on("close", () => resolve({ answer, afterMs: performance.now() - started }));
  });
}

describe("slow clients are cut off at the documented timeouts (configured small here)", () => {
  it("a header section still incomplete after headersTimeoutMs: 400 RequestTimeout, then closed", async () => {
    const { answer, afterMs } = await stall("PUT /src/?id=r1&inventory= HTTP/1.1\r\nHost: x\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain("<Code>RequestTimeout</Code>");
    expect(afterMs).toBeGreaterThanOrEqual(HEADERS_MS - 50);
    // node:http used to check only every 30 s: the timeout fired 30 s late.
    expect(afterMs).toBeLessThan(HEADERS_MS + 10_000);
  });

  it("a body stalled past requestTimeoutMs: 400 RequestTimeout, then closed", async () => {
    const { answer, afterMs } = await stall(
      "PUT /src/?id=r1&inventory= HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n<Inventory",
    );
    expect(answer).toContain("<Code>RequestTimeout</Code>");
    expect(afterMs).toBeGreaterThanOrEqual(REQUEST_MS - 50);
    expect(afterMs).toBeLessThan(REQUEST_MS + 10_000);
  });
});
