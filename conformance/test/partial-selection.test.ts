// A narrowed run never claims a certification: the console and every report file say "partial: N of M".
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCases } from "@s3-inventory/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runQuietly } from "./support/run-quietly.js";

const { cases } = await loadCases();
let outputDir: string;
beforeAll(async () => {
  outputDir = await mkdtemp(join(tmpdir(), "conformance-partial-"));
});
afterAll(async () => {
  await rm(outputDir, { recursive: true, force: true });
});

describe("a filtered run", () => {
  it.each([
    [["--grep", "^example-"], "--grep ^example-"],
    [["--exclude-tag", "slow,validation"], "--exclude-tag slow,validation"],
    [["--tag", "list", "--bail"], "--tag list, --bail"],
  ])(
    "%j is partial in the console, results.json, junit.xml and summary.md",
    async (argv, flags) => {
      const dir = join(outputDir, flags.replace(/\W+/g, "-"));
      const outcome = await runQuietly([
        "--target",
        "msw",
        "--no-color",
        ...argv,
        "--reporter",
        "json,junit,markdown",
        "--output-dir",
        dir,
      ]);
      const selected = outcome.report?.cases.length ?? 0;
      const partial = `partial: ${selected} of ${cases.length} cases selected (${flags})`;
      expect(selected).toBeLessThan(cases.length);
      expect(outcome.exitCode).toBe(0);
      expect(outcome.output).not.toMatch(/conformant/);
      expect(outcome.output.trim().split("\n").at(-1)).toBe(
        `${partial}; every selected required case passed; run the whole set to certify (exit 0)`,
      );
      expect(outcome.output).toContain(`case(s) (${partial}) against`);
      const json = JSON.parse(await readFile(join(dir, "results.json"), "utf8"));
      expect(json).toMatchObject({ certified: false, outcome: "partial" });
      expect(json.verdict).toContain(partial);
      expect(await readFile(join(dir, "junit.xml"), "utf8")).toContain(
        `name="selection" value="&quot;${partial}&quot;"`,
      );
      const markdown = await readFile(join(dir, "summary.md"), "utf8");
      expect(markdown.split("\n")[0]).toBe(`# S3 inventory conformance: ${json.verdict}`);
      expect(markdown).toContain(`Selection: ${partial} · certified: no`);
    },
    60_000,
  );
});
