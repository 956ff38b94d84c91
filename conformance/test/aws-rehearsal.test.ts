// --target aws, rehearsed offline: msw intercepts S3's real host names (virtual-hosted and path-style) and STS
// GetCallerIdentity, all answered by one mock engine. The whole suite must pass, and the recording it makes
// must say it was intercepted, so `evidence` refuses to promote it: no test can mint evidence.
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCases } from "@s3-inventory/fixtures";
import { createInventoryMockEngine } from "@s3-inventory/mock";
import { inventoryHandlers } from "@s3-inventory/mock/msw";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evidenceCommand } from "../src/evidence/evidence-command.js";
import { runQuietly } from "./support/run-quietly.js";

const { cases } = await loadCases();
const engine = createInventoryMockEngine({ region: "us-east-1" });
const stsCalls: string[] = [];
const server = setupServer(
  ...inventoryHandlers({ engine }),
  // STS's regional and global hosts, answered by the engine (it answers GetCallerIdentity like LocalStack).
  http.post(/^https:\/\/sts(\.[a-z0-9-]+)?\.amazonaws\.com\/$/, async ({ request }) => {
    stsCalls.push(new URL(request.url).host);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const answer = await engine.handle({
      method: "POST",
      url: request.url,
      headers,
      body: new Uint8Array(await request.arrayBuffer()),
    });
    return new HttpResponse(answer.body ?? null, { status: answer.status, headers: answer.headers });
  }),
);

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "conformance-aws-rehearsal-"));
  server.listen({ onUnhandledRequest: "error" });
});
afterAll(async () => {
  server.close();
  await rm(root, { recursive: true, force: true });
});

describe("--target aws, rehearsed offline", () => {
  it("passes every case virtual-hosted, with the account id from STS, and records an intercepted run", async () => {
    const recording = join(root, "virtual-hosted");
    const outcome = await runQuietly([
      "--target",
      "aws",
      "--region",
      "us-east-1",
      "--record",
      recording,
      "--no-color",
    ]);
    const notPassed = outcome.report?.cases.filter((c) => c.status !== "passed") ?? [];
    expect(notPassed.length === 0 ? "" : outcome.output).toBe("");
    expect(outcome.report?.cases).toHaveLength(cases.length);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report?.config.accountIdSource).toBe("STS GetCallerIdentity");
    expect(stsCalls).toEqual(["sts.us-east-1.amazonaws.com"]);

    const meta = JSON.parse(await readFile(join(recording, "run.json"), "utf8"));
    expect(meta).toMatchObject({
      target: "aws",
      endpointHost: "s3.us-east-1.amazonaws.com",
      addressing: "virtual-hosted",
      intercepted: true,
      interceptedBecause: expect.stringContaining("in-process request interceptor"),
    });
    const first = JSON.parse((await readFile(join(recording, "steps.jsonl"), "utf8")).split("\n")[0] ?? "");
    expect(first.exchanges[0].request.url).toMatch(
      /^https:\/\/s3inv-[a-z0-9]+-\d+\.s3\.us-east-1\.amazonaws\.com\//,
    );

    let output = "";
    const code = await evidenceCommand([recording], (text) => (output += text));
    expect(code).toBe(1);
    expect(output).toMatch(
      /not promoted to evidence: it was intercepted in process \(an in-process request interceptor/,
    );
    await expect(stat(join(recording, "recorded-evidence.json"))).rejects.toThrow();
  }, 180_000);

  it("reaches S3's path-style host too", async () => {
    const recording = join(root, "path-style");
    const outcome = await runQuietly([
      "--target",
      "aws",
      "--region",
      "us-east-1",
      "--path-style",
      "--tag",
      "put",
      "--record",
      recording,
      "--no-color",
    ]);
    expect(outcome.exitCode).toBe(0);
    const first = JSON.parse((await readFile(join(recording, "steps.jsonl"), "utf8")).split("\n")[0] ?? "");
    expect(first.exchanges[0].request.url).toMatch(/^https:\/\/s3\.us-east-1\.amazonaws\.com\/s3inv-/);
  }, 120_000);
});
