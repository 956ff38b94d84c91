// Run control: --bail, timeouts on a hanging endpoint, and SIGINT on the real CLI process.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createInventoryMockEngine, DEFAULT_ACCOUNT_ID, type InventoryMockEngine } from "@s3-inventory/mock";
import { describe, expect, it } from "vitest";
import { put200 } from "./support/breakages.js";
import { endpointArguments, idsWith, runQuietly, TEST_CREDENTIALS } from "./support/run-quietly.js";
import { serveEngine } from "./support/serve-engine.js";

const BIN = fileURLToPath(new URL("../bin/s3-inventory-conformance.js", import.meta.url));

// The buckets the engine holds now (its snapshot is the list of mutations that rebuild its state).
async function runBuckets(engine: InventoryMockEngine): Promise<string[]> {
  return [...engine.snapshot()].flatMap((mutation) =>
    mutation.type === "createBucket" ? [mutation.bucket] : [],
  );
}

describe("run control", () => {
  it("--bail stops starting cases after the first that does not pass", async () => {
    const engine = createInventoryMockEngine({});
    const server = await serveEngine(put200(engine));
    try {
      const outcome = await runQuietly([
        ...endpointArguments(server.url),
        "--concurrency",
        "1",
        "--bail",
        "--grep",
        "^(example-1|put-status-204|list-empty)",
      ]);
      expect(idsWith(outcome, "failed")).toEqual(["example-1-weekly-orc"]);
      expect(outcome.report?.cases.filter((c) => c.status === "skipped").map((c) => c.reason)).toEqual([
        "not run: --bail after example-1-weekly-orc",
        "not run: --bail after example-1-weekly-orc",
      ]);
    } finally {
      await server.close();
    }
  });

  it("a request that never gets an answer is an error for its case, and the case still cleans up", async () => {
    const engine = createInventoryMockEngine({});
    const server = await serveEngine(async (request) => {
      // Only the GET of a configuration hangs (the runner's preflight LIST must get through).
      if (request.method === "GET" && request.url.includes("id=")) return new Promise(() => {});
      return engine.handle(request);
    });
    try {
      const outcome = await runQuietly([
        ...endpointArguments(server.url),
        "--grep",
        "^example-1-weekly-orc$",
        // Long enough for every answered request on a loaded machine: only the hanging GET may reach it.
        "--request-timeout",
        "3000",
      ]);
      expect(outcome.report?.cases[0]).toMatchObject({
        status: "error",
        reason: expect.stringMatching(/no answer/),
        cleanup: { status: "done" },
      });
      expect(outcome.exitCode).toBe(1);
      expect(await runBuckets(engine)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it.each([["SIGINT"], ["SIGTERM"]] as const)(
    "%s stops the CLI cleanly: run buckets removed, exit 1",
    async (signal) => {
      const engine = createInventoryMockEngine({});
      let requests = 0;
      // Slow enough that the run is still going when the signal comes.
      const server = await serveEngine(async (request) => {
        requests += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return engine.handle(request);
      });
      try {
        const child = spawn(
          process.execPath,
          [BIN, ...endpointArguments(server.url), "--account-id", DEFAULT_ACCOUNT_ID, "--concurrency", "2"],
          {
            env: {
              PATH: process.env.PATH ?? "",
              AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
              ...TEST_CREDENTIALS,
            },
          },
        );
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk) => (stdout += chunk));
        child.stderr.on("data", (chunk) => (stderr += chunk));
        await new Promise<void>((resolve) => {
          const check = setInterval(() => {
            if (stdout.includes("[")) {
              clearInterval(check);
              resolve();
            }
          }, 20);
        });
        child.kill(signal);
        const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
        expect(code).toBe(1);
        expect(stderr).toContain("interrupted");
        expect(stdout).toContain("interrupted: the run did not finish");
        expect(requests).toBeGreaterThan(0);
        expect(await runBuckets(engine)).toEqual([]);
      } finally {
        await server.close();
      }
    },
    180_000,
  );
});
