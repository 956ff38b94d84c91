import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { ConfigurationError } from "@s3-inventory/cli-kit";
import type { RunReport } from "../reporters/run-report.js";

/**
 * Reads a `results.json`, given as the file or the folder holding it; anything else is one configuration
 * error line (exit 2).
 *
 * @internal
 */
export async function readResults(path: string): Promise<RunReport> {
  const file = (await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  ))
    ? join(path, "results.json")
    : path;
  let report: RunReport;
  try {
    report = JSON.parse(await readFile(file, "utf8")) as RunReport;
  } catch {
    throw new ConfigurationError(`${file} cannot be read as results.json (run with --reporter json)`);
  }
  if (!Array.isArray(report.cases) || typeof report.identity !== "object" || report.identity === null)
    throw new ConfigurationError(`${file} is not a results.json of this runner`);
  return report;
}
