// The client against endpoints that are hostile by design (127.0.0.1 only), each run in a child process that
// reports its own peak RSS: `send` settles within `requestTimeout` however the body trickles, or when the server
// never answers or goes silent after the headers; an endless body is cut at the reader's limit, and a proxy's
// HTML page under a 200 is a typed error.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";

const SCRIPT = fileURLToPath(new URL("./support/hostile-client-run.mjs", import.meta.url));
const MAX_RSS_KIB = 250 * 1024;

interface ChildOutcome {
  output?: unknown;
  error?: { name: string; message: string; constructor: string };
  elapsedMs: number;
  maxRssKib: number;
}

async function runChild(mode: string, requestTimeout: number): Promise<ChildOutcome> {
  // A guard against a hang only; the assertions are on what the child measured.
  const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, mode, String(requestTimeout)], {
    timeout: 60_000,
    killSignal: "SIGKILL",
    env: { PATH: process.env["PATH"] ?? "" },
  });
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as ChildOutcome;
}

const measured: string[] = [];

describe("the client against a hostile endpoint", () => {
  test("a body trickled one byte a second: send fails with TimeoutError at requestTimeout", async () => {
    const outcome = await runChild("trickle", 1500);
    measured.push(`trickle: ${outcome.elapsedMs} ms, ${Math.round(outcome.maxRssKib / 1024)} MiB`);
    expect(outcome.error).toMatchObject({ name: "TimeoutError", message: expect.stringMatching(/1500 ms/) });
    // It settled because of the deadline, not before it (the body never ends).
    expect(outcome.elapsedMs).toBeGreaterThanOrEqual(1400);
    expect(outcome.maxRssKib).toBeLessThan(MAX_RSS_KIB);
  }, 90_000);

  test.each(["never-answers", "headers-then-silence"])(
    "%s: send fails with TimeoutError at requestTimeout",
    async (mode) => {
      const outcome = await runChild(mode, 1500);
      measured.push(`${mode}: ${outcome.elapsedMs} ms, ${Math.round(outcome.maxRssKib / 1024)} MiB`);
      expect(outcome.error).toMatchObject({
        name: "TimeoutError",
        message: expect.stringMatching(/1500 ms/),
      });
      expect(outcome.elapsedMs).toBeGreaterThanOrEqual(1400);
      expect(outcome.maxRssKib).toBeLessThan(MAX_RSS_KIB);
    },
    90_000,
  );

  test("an endless body: ResponseTooLargeError at the reader's limit, memory bounded", async () => {
    const outcome = await runChild("endless", 60_000);
    measured.push(`endless: ${outcome.elapsedMs} ms, ${Math.round(outcome.maxRssKib / 1024)} MiB`);
    expect(outcome.error).toMatchObject({
      name: "ResponseTooLargeError",
      constructor: "ResponseTooLargeError",
    });
    expect(outcome.maxRssKib).toBeLessThan(MAX_RSS_KIB);
    console.log(`hostile endpoints, client (send time, peak RSS):\n  ${measured.join("\n  ")}`);
  }, 90_000);

  test("a proxy's HTML page under a 200: UnexpectedResponseBodyError, not an empty configuration", async () => {
    const outcome = await runChild("html", 10_000);
    expect(outcome.output).toBeUndefined();
    expect(outcome.error).toMatchObject({
      name: "UnexpectedResponseBodyError",
      message: "Not an <InventoryConfiguration> document: root element <html>.",
    });
  }, 90_000);
});
