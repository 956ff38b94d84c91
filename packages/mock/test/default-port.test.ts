import { createServer, type Server } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { runBin } from "./support/spawn-mock.js";

const held: Server[] = [];
afterAll(() => {
  for (const server of held) server.close();
});

// Holds 127.0.0.1:4566. Another process (a parallel run of this test, a LocalStack) may hold it for a
// moment: retry until this test holds it, so the bin below can never start and listen for good.
async function holdDefaultPort(): Promise<void> {
  for (;;) {
    const server = createServer();
    const outcome = await new Promise<"held" | "busy">((resolve, reject) => {
      server.once("error", (error: NodeJS.ErrnoException) =>
        error.code === "EADDRINUSE" ? resolve("busy") : reject(error),
      );
      server.listen(4566, "127.0.0.1", () => resolve("held"));
    });
    if (outcome === "held") {
      held.push(server);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the default port", () => {
  it("is 4566: when it is busy, the one-line port-in-use message names it, exit 1", async () => {
    await holdDefaultPort();
    const result = await runBin(["--bucket", "src"]);
    expect([result.code, result.stdout, result.stderr]).toEqual([
      1,
      "",
      "s3-inventory-mock: port 4566 on 127.0.0.1 is already in use: choose another with --port, or --port 0 for any free port\n",
    ]);
  });

  it.each([["-1"], ["abc"], ["70000"]])("--port %s says the range, exit 2", async (port) => {
    const result = await runBin(["--port", port]);
    expect([result.code, result.stderr]).toEqual([
      2,
      `s3-inventory-mock: --port must be an integer from 0 to 65535 (0 for any free port), got ${JSON.stringify(port)} (see --help)\n`,
    ]);
  });
});
