import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ConfigurationError } from "@s3-inventory/cli-kit";
import { compareReports } from "../compare/compare-reports.js";
import { renderComparisonHtml, renderComparisonMarkdown } from "../compare/render-comparison.js";
import { prepareOutputDirectory } from "../reporters/prepare-output-directory.js";
import { readResults } from "./read-results.js";

/**
 * `s3-inventory-conformance compare A/results.json B/results.json … [--output-dir DIR]`: prints the matrix
 * (cases × endpoints, with causes) as Markdown; with `--output-dir`, also writes comparison.md and
 * comparison.html there. Exit 0 (a comparison is not a verdict), 2 on unreadable input.
 *
 * @internal
 */
export async function compareCommand(argv: readonly string[], stdout: (text: string) => void): Promise<0> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new ConfigurationError(`compare: ${(error as Error).message.split(". To specify")[0]}`);
  }
  if (parsed.positionals.length < 2)
    throw new ConfigurationError(
      "usage: s3-inventory-conformance compare A/results.json B/results.json … [--output-dir DIR]",
    );
  const matrix = compareReports(await Promise.all(parsed.positionals.map(readResults)));
  const markdown = renderComparisonMarkdown(matrix);
  stdout(markdown);
  const directory = parsed.values["output-dir"];
  if (directory !== undefined) {
    await prepareOutputDirectory(directory);
    await writeFile(join(directory, "comparison.md"), markdown);
    await writeFile(join(directory, "comparison.html"), renderComparisonHtml(matrix));
    stdout(`wrote ${join(directory, "comparison.md")}\nwrote ${join(directory, "comparison.html")}\n`);
  }
  return 0;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { "output-dir": { type: "string" } },
  });
}
