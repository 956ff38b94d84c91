// The conformance README's examples of verify, merge and compare run as printed (with `pnpm exec
// s3-inventory-conformance` being this package's bin), each block in a fresh folder, and exit 0.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/s3-inventory-conformance.js", import.meta.url));
const README = await readFile(new URL("../README.md", import.meta.url), "utf8");
const blocks = [...README.matchAll(/```sh\n([\s\S]*?)```/g)]
  .map((m) => m[1] as string)
  .filter((block) => / (verify|merge|compare) /.test(block));
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

// `pnpm exec s3-inventory-conformance …` becomes this package's bin; nothing else is redefined.
const PRELUDE = `pnpm() { if [ "$1 $2" = "exec s3-inventory-conformance" ]; then shift 2; "${process.execPath}" "${BIN}" "$@"; else echo "unexpected: pnpm $*" >&2; return 127; fi; }\nset -e\n`;

describe("conformance README commands", () => {
  it("has examples of verify, merge and compare", () => {
    expect(blocks.join("\n")).toMatch(/ verify /);
    expect(blocks.join("\n")).toMatch(/ merge /);
    expect(blocks.join("\n")).toMatch(/ compare /);
  });

  it.concurrent.each(
    blocks.map((block) => [block.split("\n").find((l) => / (verify|merge|compare) /.test(l)), block]),
  )(
    "%s",
    async (_line, block) => {
      const cwd = await mkdtemp(join(tmpdir(), "readme-"));
      dirs.push(cwd);
      const result = await new Promise<{ code: number; output: string }>((resolve) => {
        execFile(
          "bash",
          ["-c", PRELUDE + block],
          {
            cwd,
            timeout: 240_000,
            env: {
              PATH: process.env.PATH ?? "",
              AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
              AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
              AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
            },
          },
          (error, stdout, stderr) =>
            resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
        );
      });
      expect(result.code === 0 ? "" : result.output).toBe("");
    },
    300_000,
  );
});
