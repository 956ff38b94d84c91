import { existsSync } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CliError, ConfigurationError, UsageError } from "./cli-error.js";
import { makeDirectory } from "./make-directory.js";
import { parseCliArguments } from "./parse-cli-arguments.js";
import { runCli } from "./run-cli.js";

const OPTIONS = { port: { type: "string" }, strict: { type: "boolean" } } as const;

afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

async function stderrOf(action: () => Promise<void>): Promise<string> {
  let written = "";
  vi.spyOn(process.stderr, "write").mockImplementation((text) => {
    written += String(text);
    return true;
  });
  await action();
  return written;
}

describe("parseCliArguments", () => {
  it("reads known options and hands a negative value to the option's own check", () => {
    expect(parseCliArguments(["--port", "-1", "--strict"], OPTIONS)).toEqual({ port: "-1", strict: true });
  });

  it("reports an unknown option or a stray argument as one UsageError line", () => {
    for (const argv of [["--prot", "1"], ["serve"], ["--port"]]) {
      const failure = (() => {
        try {
          parseCliArguments(argv, OPTIONS);
        } catch (error) {
          return error;
        }
      })();
      expect(failure, argv.join(" ")).toBeInstanceOf(UsageError);
      expect((failure as Error).message).not.toMatch(/\n|To specify/);
    }
  });
});

describe("runCli", () => {
  it("sets the exit code the body returns", async () => {
    await runCli("tool", () => 3);
    expect(process.exitCode).toBe(3);
  });

  it("prints one line per failure with its exit code: usage 2 (+ --help), configuration 2, other 1", async () => {
    expect(await stderrOf(() => runCli("tool", () => Promise.reject(new UsageError("bad --x"))))).toBe(
      "tool: bad --x (see --help)\n",
    );
    expect(process.exitCode).toBe(2);
    expect(
      await stderrOf(() => runCli("tool", () => Promise.reject(new ConfigurationError("no region")))),
    ).toBe("tool: no region\n");
    expect(process.exitCode).toBe(2);
    expect(await stderrOf(() => runCli("tool", () => Promise.reject(new Error("boom\n  at stack"))))).toBe(
      "tool: boom\n",
    );
    expect(process.exitCode).toBe(1);
    const explained = await stderrOf(() =>
      runCli(
        "tool",
        () => Promise.reject(new Error("raw")),
        () => new CliError("explained", 4),
      ),
    );
    expect(explained).toBe("tool: explained\n");
    expect(process.exitCode).toBe(4);
  });
});

describe("makeDirectory", () => {
  let root = "";
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("creates missing parents, accepts an existing folder, refuses a file with EEXIST", async () => {
    root = await mkdtemp(join(tmpdir(), "cli-kit-"));
    await makeDirectory(join(root, "a", "b"));
    await makeDirectory(join(root, "a", "b"));
    expect((await stat(join(root, "a", "b"))).isDirectory()).toBe(true);
    await writeFile(join(root, "file"), "");
    await expect(makeDirectory(join(root, "file"))).rejects.toMatchObject({ code: "EEXIST" });
    await expect(makeDirectory(join(root, "file", "sub"))).rejects.toMatchObject({ code: "ENOTDIR" });
  });

  // Node 20's recursive mkdir never returns under /proc; this must answer.
  it.runIf(existsSync("/proc/self"))("fails with ENOENT under /proc instead of hanging", async () => {
    await expect(makeDirectory("/proc/forbidden/deeper")).rejects.toMatchObject({
      code: "ENOENT",
      path: "/proc/forbidden",
    });
  });
});
