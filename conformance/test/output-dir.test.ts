// --output-dir: checked before anything runs (exit 2, one line, no verdict), and the verdict is printed only
// once the report files are written.
import { execFile } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigurationError } from "@s3-inventory/cli-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArguments } from "../src/cli/parse-arguments.js";
import { runConformance } from "../src/cli/run-conformance.js";

const BIN = fileURLToPath(new URL("../bin/s3-inventory-conformance.js", import.meta.url));

function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...argv],
      // A hang would be killed here and fail the exit-code assertion, not stall the suite.
      {
        timeout: 30_000,
        env: { PATH: process.env.PATH ?? "", AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "conformance-output-dir-"));
  await writeFile(join(root, "a-file"), "");
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("--output-dir", () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ["empty", () => "", /--output-dir is empty/],
    ["a regular file", () => join(root, "a-file"), /is a file, not a folder/],
  ];
  if (existsSync("/proc/self"))
    cases.push(["under /proc (Node's recursive mkdir hangs there)", () => "/proc/forbidden", /ENOENT/]);

  it.each(cases)("%s: exit 2 before any case runs, one line, no verdict", async (_name, dir, message) => {
    const { code, stdout, stderr } = await cli([
      "--target",
      "msw",
      "--reporter",
      "json",
      "--output-dir",
      dir(),
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^s3-inventory-conformance: .*${message.source}`));
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stdout).toBe("");
  });

  it("prints the verdict after the report files are written", async () => {
    const outputDir = join(root, "ordered");
    const parsed = parseArguments(
      ["--target", "msw", "--grep", "^list-empty$", "--reporter", "json,markdown", "--output-dir", outputDir],
      {},
    );
    if (parsed.kind !== "run") throw new Error("expected a run");
    const output: string[] = [];
    const { exitCode } = await runConformance(parsed.config, {
      stdout: (text) => output.push(text),
      stderr: (text) => output.push(text),
    });
    const text = output.join("");
    expect(exitCode).toBe(0);
    const verdictAt = text.indexOf(
      "every selected required case passed; run the whole set to certify (exit 0)",
    );
    expect(verdictAt).toBeGreaterThan(text.lastIndexOf("wrote "));
    expect(JSON.parse(await readFile(join(outputDir, "results.json"), "utf8")).exitCode).toBe(0);
  });

  it("a report that cannot be written after the run ends it with a configuration error and no verdict", async () => {
    const outputDir = join(root, "replaced");
    const parsed = parseArguments(
      ["--target", "msw", "--grep", "^list-empty$", "--reporter", "json", "--output-dir", outputDir],
      {},
    );
    if (parsed.kind !== "run") throw new Error("expected a run");
    const output: string[] = [];
    let replaced = false;
    const run = runConformance(parsed.config, {
      // Once the run has started (the folder was checked), a file takes the folder's place.
      stdout: (text) => {
        if (!replaced) {
          rmSync(outputDir, { recursive: true, force: true });
          writeFileSync(outputDir, "");
          replaced = true;
        }
        output.push(text);
      },
      stderr: (text) => output.push(text),
    });
    await expect(run).rejects.toBeInstanceOf(ConfigurationError);
    await expect(run).rejects.toThrow(/is a file, not a folder/);
    expect(replaced).toBe(true);
    expect(output.join("")).not.toMatch(/\(exit \d\)/);
  });
});
