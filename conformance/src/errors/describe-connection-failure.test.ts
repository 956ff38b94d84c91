import { createServer } from "node:http";
import { request } from "node:https";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { describeConnectionFailure } from "./describe-connection-failure.js";

// The error Node really gives for this connection (no hand-made stand-in).
function failureOf(url: URL): Promise<Error> {
  return new Promise((resolve, reject) => {
    const req = request(url, { timeout: 20_000 }, () => reject(new Error(`${url} answered`)));
    req.on("error", resolve);
    req.end();
  });
}

describe("describeConnectionFailure", () => {
  it("says that an https:// URL reached a plain-HTTP port, and which URL to use", async () => {
    const server = createServer((_req, res) => res.end("plain"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const url = new URL(`https://127.0.0.1:${port}/bucket/`);
      expect(describeConnectionFailure(url, await failureOf(url))).toBe(
        `https://127.0.0.1:${port} answers plain HTTP, not TLS: use http://127.0.0.1:${port}`,
      );
    } finally {
      server.close();
    }
  });

  it("says that nothing listens, and keeps any other message on one line", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const url = new URL(`https://127.0.0.1:${port}/`);
    expect(describeConnectionFailure(url, await failureOf(url))).toBe(
      `nothing is listening at 127.0.0.1:${port} (ECONNREFUSED)`,
    );
    expect(describeConnectionFailure(url, new Error("first\nsecond"))).toBe("first");
  });
});
