// compare: the mock and a broken endpoint side by side show exactly the cases the breakage fails, with why.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCases } from "@s3-inventory/fixtures";
import { afterAll, describe, expect, it } from "vitest";
import { compareCommand } from "../src/cli/compare-command.js";
import { wrongErrorCode } from "./support/breakages.js";
import { expectingCode } from "./support/predict-outcomes.js";
import { runAgainst } from "./support/run-against.js";

const dir = await mkdtemp(join(tmpdir(), "compare-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("compare", () => {
  it("shows the mock and a broken endpoint's differing cases with their causes, in Markdown and HTML", async () => {
    const { cases } = await loadCases();
    const slow = new Set(cases.filter((c) => c.tags.includes("slow")).map((c) => c.id));
    const predicted = expectingCode(cases, "NoSuchConfiguration")
      .filter((id) => !slow.has(id))
      .sort();
    const argv = (name: string) => [
      "--exclude-tag",
      "slow",
      "--reporter",
      "json",
      "--output-dir",
      join(dir, name),
    ];
    await runAgainst(undefined, [...argv("mock"), "--product", "Mock 1.0"]);
    await runAgainst(wrongErrorCode, [...argv("broken"), "--product", "Broken 2.0"]);
    const lines: string[] = [];
    const out = join(dir, "out");
    expect(
      await compareCommand(
        [join(dir, "mock", "results.json"), join(dir, "broken"), "--output-dir", out],
        (t) => lines.push(t),
      ),
    ).toBe(0);
    const markdown = lines.join("");
    const differing = [...markdown.matchAll(/^\| `([^`]+)` \| passed \| failed: ([^|]+) \|$/gm)];
    expect(differing.map((m) => m[1]).sort()).toEqual(predicted);
    expect(differing[0]?.[2]).toContain("NoSuchInventoryConfiguration");
    expect(markdown).toContain(`## Cases that differ (${predicted.length} of `);
    expect(markdown).toContain("| case | Mock 1.0 | Broken 2.0 |");
    const html = await readFile(join(out, "comparison.html"), "utf8");
    for (const id of predicted) expect(html).toContain(`<tr class="differs"><td>${id}</td>`);
    expect(await readFile(join(out, "comparison.md"), "utf8")).toBe(markdown.split("wrote ")[0]);
  }, 180_000);

  it("needs two results files it can read (exit 2)", async () => {
    await expect(compareCommand([join(dir, "nope")], () => {})).rejects.toThrow(/usage/);
    await expect(compareCommand([join(dir, "nope"), join(dir, "nope2")], () => {})).rejects.toThrow(
      /cannot be read as results.json/,
    );
  });
});
