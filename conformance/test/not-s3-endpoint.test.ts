// A plain static web server on 127.0.0.1 is not an S3 endpoint: the preflight says what it answered, in one
// line, and the run ends with exit 2 before any case runs.
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigurationError } from "@s3-inventory/cli-kit";
import { runQuietly, TEST_CREDENTIALS } from "./support/run-quietly.js";

const BIN = fileURLToPath(new URL("../bin/s3-inventory-conformance.js", import.meta.url));
const LISTING = `<!DOCTYPE HTML>\n<html lang="en">\n<head>\n<title>Directory listing for /</title>\n</head>\n<body><ul><li><a href="index.html">index.html</a></li></ul></body>\n</html>\n`;
const NOT_FOUND = `<!DOCTYPE HTML>\n<html lang="en">\n    <head>\n        <title>Error response</title>\n    </head>\n    <body>\n        <h1>Error response</h1>\n        <p>Error code: 404</p>\n    </body>\n</html>\n`;

type Answer = { status: number; type: string; body: string };
// What three kinds of static servers answer to a path they do not hold.
const SERVERS: Record<string, Answer> = {
  // python3 -m http.server: an HTML error page.
  "html-404": { status: 404, type: "text/html;charset=utf-8", body: NOT_FOUND },
  // An API server that answers any path 200.
  "api-200": { status: 200, type: "application/json", body: '{"ok":true}' },
  // A bare file server: 404 in plain text.
  "plain-404": { status: 404, type: "text/plain", body: "Not Found" },
};

const servers = new Map<string, { server: Server; url: string }>();
beforeAll(async () => {
  for (const [name, answer] of Object.entries(SERVERS)) {
    const server = createServer((request, response) => {
      const page = request.url === "/" ? { status: 200, type: "text/html", body: LISTING } : answer;
      response.writeHead(page.status, { "content-type": page.type });
      response.end(request.method === "HEAD" ? undefined : page.body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.set(name, { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  }
});
afterAll(async () => {
  for (const { server } of servers.values()) await new Promise((resolve) => server.close(resolve));
});

describe("the preflight against a static web server", () => {
  it.each([
    ["html-404", /it answered an HTML page \(404, text\/html, "Error response"\), not an S3 error document/],
    ["api-200", /it answered 200 \(application\/json\) where S3 must refuse: the bucket does not exist/],
    ["plain-404", /it answered 404 \(text\/plain\) with no S3 error document/],
  ])("%s: a configuration error saying what it answered, before any case runs", async (name, reason) => {
    const url = servers.get(name)?.url as string;
    const run = runQuietly(["--endpoint", url, "--no-color"]);
    await expect(run).rejects.toBeInstanceOf(ConfigurationError);
    await expect(run).rejects.toThrow(
      new RegExp(`^endpoint ${url} is not an S3 endpoint: asked for .*${reason.source}`),
    );
  });

  it("is one line on stderr, nothing on stdout, and exit 2 from the CLI", async () => {
    const url = servers.get("html-404")?.url as string;
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
      (resolve) =>
        execFile(
          process.execPath,
          [BIN, "--endpoint", url],
          { env: { PATH: process.env.PATH ?? "", ...TEST_CREDENTIALS }, timeout: 60_000 },
          (error, out, err) => resolve({ code: error ? Number(error.code) : 0, stdout: out, stderr: err }),
        ),
    );
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/is not an S3 endpoint: .*an HTML page/);
  });
});
