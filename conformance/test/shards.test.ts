// Shards 1/3, 2/3 and 3/3, merged, equal one full run in statuses, and the merged set certifies.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mergeCommand } from "../src/cli/merge-command.js";
import { readResults } from "../src/cli/read-results.js";
import { verifyCommand } from "../src/cli/verify-command.js";
import { runQuietly } from "./support/run-quietly.js";

const dir = await mkdtemp(join(tmpdir(), "shards-"));
afterAll(() => rm(dir, { recursive: true, force: true }));
const base = ["--target", "msw", "--no-color", "--product", "Acme Store 4.2.1", "--reporter", "json"];

describe("--shard and merge", () => {
  it("three shards merged equal the full run in statuses, and verify accepts the merged set", async () => {
    const full = await runQuietly([...base, "--output-dir", join(dir, "full")]);
    const shards = [];
    for (const index of [1, 2, 3]) {
      const shard = await runQuietly([
        ...base,
        "--shard",
        `${index}/3`,
        "--output-dir",
        join(dir, `s${index}`),
      ]);
      expect(shard.report?.verdict).toMatch(/^partial: \d+ of \d+ cases selected \(--shard \d\/3\)/);
      shards.push(shard);
    }
    const sizes = shards.map((s) => s.report?.cases.length ?? 0);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const lines: string[] = [];
    const merged = join(dir, "merged");
    const code = await mergeCommand(
      [join(dir, "s3"), join(dir, "s1"), join(dir, "s2"), "--output-dir", merged],
      (t) => lines.push(t),
    );
    const statuses = (report: Awaited<ReturnType<typeof readResults>> | undefined) =>
      report?.cases.map((c) => [c.id, c.status]);
    const joined = await readResults(merged);
    expect(statuses(joined)).toEqual(statuses(full.report));
    expect(joined.verdict).toBe(full.report?.verdict);
    expect(joined.selection).toEqual(full.report?.selection);
    expect(code).toBe(full.exitCode);
    expect(joined.identity.commandLine).not.toContain("--shard");
    expect(await verifyCommand([merged], () => {})).toBe(0);
  }, 240_000);

  it("refuses a missing shard, and a shard of another run", async () => {
    await expect(mergeCommand([join(dir, "s1"), join(dir, "s2")], () => {})).rejects.toThrow(
      /merge needs shards 1\/3 to 3\/3 once each; got 1\/3, 2\/3/,
    );
    await expect(mergeCommand([join(dir, "s1"), join(dir, "full")], () => {})).rejects.toThrow(
      /is not a shard/,
    );
  });
});
