import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runBin } from "./support/spawn-mock.js";

const CONTENDER = fileURLToPath(new URL("./support/lock-contender.mjs", import.meta.url));
const children = new Set<ChildProcess>();
const directories: string[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

/** A long-lived contender process (see support/lock-contender.mjs) and its answers, one per round. */
function contender() {
  const child = spawn(process.execPath, [CONTENDER], { stdio: ["pipe", "pipe", "inherit"] });
  children.add(child);
  child.on("exit", () => children.delete(child));
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let buffered = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let end = buffered.indexOf("\n"); end !== -1; end = buffered.indexOf("\n")) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      const next = waiting.shift();
      if (next) next(line);
      else lines.push(line);
    }
  });
  const nextLine = (): Promise<string> => {
    const line = lines.shift();
    return line !== undefined ? Promise.resolve(line) : new Promise((resolve) => waiting.push(resolve));
  };
  return { child, nextLine };
}

describe("one server per data directory", () => {
  it("40 synchronized start pairs over a stale lock: exactly one wins each time, the other names it", async () => {
    const pair = [contender(), contender()];
    expect(await Promise.all(pair.map((c) => c.nextLine()))).toEqual(["ready", "ready"]);
    // A process that has exited: its pid names a stale lock.
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => dead.on("exit", resolve));
    let races = 0;
    for (let round = 0; round < 40; round++) {
      const directory = mkdtempSync(join(tmpdir(), "s3-inventory-lock-"));
      directories.push(directory);
      writeFileSync(join(directory, "LOCK.0"), `${dead.pid} 1 0123456789abcdef\n`);
      const at = Date.now() + 100;
      for (const c of pair) c.child.stdin?.write(`${directory} ${at}\n`);
      const results = await Promise.all(pair.map((c) => c.nextLine()));
      const winners = results.filter((result) => result.startsWith("won "));
      expect(winners, results.join(" | ")).toHaveLength(1);
      const loser = results.find((result) => !result.startsWith("won "));
      expect(loser).toBe(
        `refused data directory ${directory} is in use by process ${winners[0]?.slice(4)} (another s3-inventory-mock)`,
      );
      // The stale lock was taken over: one lock remains, the winner's.
      expect(readdirSync(directory).filter((name) => name.startsWith("LOCK"))).toEqual(["LOCK.1"]);
      races++;
    }
    expect(races).toBe(40);
  });

  it("a lock whose process id now belongs to another program gets one line saying how to clear it", async () => {
    const directory = mkdtempSync(join(tmpdir(), "s3-inventory-lock-"));
    directories.push(directory);
    // This test's own process is alive but is not the server that wrote the lock (other start time).
    writeFileSync(join(directory, "LOCK.3"), `${process.pid} 1 0123456789abcdef\n`);
    const refused = await runBin(["--port", "0", "--data-dir", directory]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `s3-inventory-mock: data directory ${directory} is locked by process ${process.pid}, but that process id now belongs to another program: if no mock server uses ${directory}, delete ${join(directory, "LOCK.3")} and start again\n`,
    );
  });
});
