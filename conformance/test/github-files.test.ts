// The composite action and the project's workflows: valid by a real validator (@action-validator/cli, the
// action metadata and workflow schemas), and the action's own steps run locally with GITHUB_STEP_SUMMARY and
// GITHUB_OUTPUT pointed at temp files.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { EVERY_REPORT_FILE } from "./support/report-files.js";
import { runCompositeAction } from "./support/run-composite-action.js";
import { TEST_CREDENTIALS } from "./support/run-quietly.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = fileURLToPath(new URL("../bin/s3-inventory-conformance.js", import.meta.url));
const VALIDATOR = join(
  dirname(createRequire(import.meta.url).resolve("@action-validator/cli/package.json")),
  "cli.mjs",
);
const FILES = [
  "action.yml",
  ".github/workflows/ci.yml",
  ".github/workflows/release.yml",
  "conformance/examples/vendor-workflow.yml",
];
const dir = await mkdtemp(join(tmpdir(), "github-files-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

function validate(path: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [VALIDATOR, path], { timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

describe("GitHub files", () => {
  it.each(FILES)("%s is valid", async (file) => {
    const { code, output } = await validate(join(ROOT, file));
    expect(output).toBe("");
    expect(code).toBe(0);
  });

  it("the validator fails a broken action and a broken workflow", async () => {
    const action = (await readFile(join(ROOT, "action.yml"), "utf8")).replace("shell: bash\n", "");
    await writeFile(join(dir, "action.yml"), action);
    expect((await validate(join(dir, "action.yml"))).code).toBe(1);
    const workflow = (await readFile(join(ROOT, ".github/workflows/ci.yml"), "utf8")).replace(
      "steps:",
      "stepz:",
    );
    await writeFile(join(dir, "ci.yml"), workflow);
    expect((await validate(join(dir, "ci.yml"))).code).toBe(1);
  });

  it("ci runs .ci/run; release uses changesets with OIDC provenance and no npm token", async () => {
    expect(await readFile(join(ROOT, ".github/workflows/ci.yml"), "utf8")).toMatch(/run: bash \.ci\/run/);
    const release = await readFile(join(ROOT, ".github/workflows/release.yml"), "utf8");
    const workflow = parse(release) as { permissions: Record<string, string> };
    expect(workflow.permissions["id-token"]).toBe("write");
    expect(release).toContain("uses: changesets/action@v1");
    expect(release).toContain('NPM_CONFIG_PROVENANCE: "true"');
    expect([...release.matchAll(/secrets\.(\w+)/g)].map((m) => m[1])).toEqual(["GITHUB_TOKEN"]);
  });

  it("the conformance README shows the vendor workflow as it is in examples/", async () => {
    const readme = await readFile(join(ROOT, "conformance/README.md"), "utf8");
    expect(readme).toContain(await readFile(join(ROOT, "conformance/examples/vendor-workflow.yml"), "utf8"));
  });

  it("the action's steps: a run writes its reports, its summary and outputs, and passes exit codes through", async () => {
    const run = async (name: string, inputs: Record<string, string>) => {
      const summary = join(dir, `${name}-summary.md`);
      const output = join(dir, `${name}-output.txt`);
      const results = join(dir, `${name}-results`);
      const outcome = await runCompositeAction(
        join(ROOT, "action.yml"),
        { "output-dir": results, ...inputs },
        {
          ...TEST_CREDENTIALS,
          GITHUB_STEP_SUMMARY: summary,
          GITHUB_OUTPUT: output,
          S3INV_RUNNER: `${process.execPath} ${BIN}`,
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
        },
        ROOT,
      );
      return { ...outcome, summary, output, results };
    };
    const good = await run("good", {
      product: "Acme Store 4.2.1",
      shard: "1/3",
      args: "--target msw --grep ^put-status",
    });
    expect(good.skipped).toEqual(["actions/setup-node@v4", "actions/upload-artifact@v4"]);
    expect(good.exitCode).toBe(0);
    expect(await readFile(good.summary, "utf8")).toMatch(/^# S3 inventory conformance: partial: /);
    const outputs = await readFile(good.output, "utf8");
    expect(outputs).toContain("exit-code=0\n");
    expect(outputs).toContain("artifact-name=s3-inventory-conformance-shard-1-of-3\n");
    expect(outputs).toMatch(/verdict=partial: 1 of \d+ cases selected/);
    expect((await readdir(good.results)).sort()).toEqual(EVERY_REPORT_FILE);
    const bad = await run("bad", { "expected-failures": join(dir, "missing.yaml"), args: "--target msw" });
    expect(bad.exitCode).toBe(2);
    expect(await readFile(bad.output, "utf8")).toContain("exit-code=2\n");
    expect(await readFile(bad.summary, "utf8")).toContain("The runner exited 2 before writing a summary");
  }, 120_000);
});
