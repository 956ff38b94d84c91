// The caller's account id over --endpoint: discovered with STS GetCallerIdentity where the endpoint answers it
// (the project's own mock server does, with its account rule), else one clear line with the fix.
import { createInventoryMockEngine } from "@s3-inventory/mock";
import { describe, expect, it } from "vitest";
import { withoutSts } from "./support/breakages.js";
import { runQuietly } from "./support/run-quietly.js";
import { serveEngine } from "./support/serve-engine.js";

const NEEDS_ACCOUNT = ["--grep", "^expected-bucket-owner-match$", "--no-color"];

describe("account id over --endpoint", () => {
  it("is discovered from the mock server by STS GetCallerIdentity, so its cases run", async () => {
    const engine = createInventoryMockEngine({ defaultAccountId: "210987654321" });
    const server = await serveEngine((request) => engine.handle(request));
    try {
      const outcome = await runQuietly(["--endpoint", server.url, ...NEEDS_ACCOUNT]);
      expect(outcome.report?.config.accountIdSource).toBe("STS GetCallerIdentity at the endpoint");
      expect(outcome.report?.cases.map((c) => [c.id, c.status])).toEqual([
        ["expected-bucket-owner-match", "passed"],
      ]);
      expect(outcome.output).not.toMatch(/account id is unknown/);
      // A 12-digit key is its own account under the mock's rule: the discovery follows the key.
      const other = await runQuietly(["--endpoint", server.url, ...NEEDS_ACCOUNT], {
        env: { AWS_ACCESS_KEY_ID: "111111111111" },
      });
      expect(other.report?.cases[0]?.status).toBe("passed");
      expect(other.report?.config.accountIdSource).toBe("STS GetCallerIdentity at the endpoint");
    } finally {
      await server.close();
    }
  });

  it("says once, in one line, why it is unknown and what to pass, when the endpoint has no STS", async () => {
    const engine = createInventoryMockEngine({});
    const server = await serveEngine(withoutSts((request) => engine.handle(request)));
    try {
      const outcome = await runQuietly(["--endpoint", server.url, ...NEEDS_ACCOUNT, "--allow-skipped"]);
      const notes = outcome.output.split("\n").filter((line) => line.includes("account id"));
      expect(notes[0]).toBe(
        "note: the caller's account id is unknown (the endpoint does not answer STS GetCallerIdentity): pass --account-id with your 12-digit id to run the 1 case(s) that need it",
      );
      expect(outcome.output).not.toMatch(/unknown \(unknown/);
      expect(outcome.report?.cases[0]?.reason).toBe(
        "needs the caller's account id, which was not discovered: pass --account-id",
      );
    } finally {
      await server.close();
    }
  });
});
