import { parseArgs } from "node:util";
import { ConfigurationError } from "@s3-inventory/cli-kit";
import type { ReporterName } from "../config/run-config.js";
import { createFileReporters } from "../reporters/create-file-reporters.js";
import { prepareOutputDirectory } from "../reporters/prepare-output-directory.js";
import { mergeReports } from "../shards/merge-reports.js";
import { readResults } from "./read-results.js";

const ALL_FILES: ReporterName[] = ["json", "junit", "markdown", "html", "badge", "certificate"];

/**
 * `s3-inventory-conformance merge DIR… [--output-dir OUT] [--reporter NAME,…]`: joins the results of every
 * shard into one report set (default: every report file) and exits as the unsharded run would have.
 *
 * @internal
 */
export async function mergeCommand(argv: readonly string[], stdout: (text: string) => void): Promise<0 | 1> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new ConfigurationError(`merge: ${(error as Error).message.split(". To specify")[0]}`);
  }
  if (parsed.positionals.length === 0)
    throw new ConfigurationError("usage: s3-inventory-conformance merge SHARD_DIR… [--output-dir OUT]");
  const names = (parsed.values.reporter ?? []).flatMap((v) => v.split(",")).filter((v) => v !== "");
  for (const name of names)
    if (!ALL_FILES.includes(name as ReporterName))
      throw new ConfigurationError(`merge: --reporter ${name} is unknown: use ${ALL_FILES.join(", ")}`);
  const reporters = names.length === 0 ? ALL_FILES : (names as ReporterName[]);
  const outputDir = parsed.values["output-dir"] ?? "conformance-results";
  const reports = await Promise.all(parsed.positionals.map(readResults));
  const merged = mergeReports(reports);
  await prepareOutputDirectory(outputDir);
  const written: string[] = [];
  // Shard reports went through their run's redactor already; nothing secret is added here.
  const wanted = reporters.includes("certificate")
    ? [...new Set<ReporterName>(["json", ...reporters])]
    : reporters;
  for (const reporter of createFileReporters(wanted, outputDir, (text) => text, written)) {
    const path = await reporter.onRunEnd(merged);
    if (path) {
      written.push(path);
      stdout(`wrote ${path}\n`);
    }
  }
  stdout(
    `${merged.cases.length} cases from ${reports.length} shards\n${merged.verdict} (exit ${merged.exitCode})\n`,
  );
  return merged.exitCode;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { "output-dir": { type: "string" }, reporter: { type: "string", multiple: true } },
  });
}
