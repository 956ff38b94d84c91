// `pnpm start` (the root script, after its build) writes every report file and ends by saying where they are
// and how to certify one's own endpoint; the folder it writes verifies.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { verifyCommand } from "../src/cli/verify-command.js";
import { EVERY_REPORT_FILE } from "./support/report-files.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = fileURLToPath(new URL("../bin/s3-inventory-conformance.js", import.meta.url));
const cwd = await mkdtemp(join(tmpdir(), "start-"));
afterAll(() => rm(cwd, { recursive: true, force: true }));

describe("pnpm start", () => {
  it("writes json, junit, markdown, html, badge and certificate, then prints where and what next", async () => {
    const script = (
      JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } }
    ).scripts.start;
    const run = script.split(" && ").at(-1) ?? "";
    expect(run.startsWith("pnpm exec s3-inventory-conformance ")).toBe(true);
    const argv = run.replace("pnpm exec s3-inventory-conformance ", "").split(" ");
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [BIN, ...argv, "--no-color"],
        {
          cwd,
          timeout: 240_000,
          env: { PATH: process.env.PATH ?? "", AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
        },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
      );
    });
    const results = join(cwd, "conformance-results");
    expect((await readdir(results)).sort()).toEqual(EVERY_REPORT_FILE);
    const tail = stdout.trimEnd().split("\n").slice(-4);
    expect(tail[0]).toBe(
      `Reports: ${results} (results.json, junit.xml, summary.md, report.html, badge.svg, certificate.json)`,
    );
    expect(tail[2]).toMatch(
      /pnpm exec s3-inventory-conformance --endpoint https:\/\/s3.example.com --product/,
    );
    expect(tail[3]).toBe("  pnpm exec s3-inventory-conformance verify results");
    expect(await verifyCommand([results], () => {})).toBe(0);
  }, 300_000);
});
