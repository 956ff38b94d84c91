import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { makeOutputDirectory } from "./prepare-output-directory.js";
import type { Redactor } from "./secret-redactor.js";

/**
 * Writes one report file, redacted, creating the output directory if needed; returns its path.
 *
 * @internal
 */
export async function writeReportFile(
  directory: string,
  name: string,
  content: string,
  redact: Redactor,
): Promise<string> {
  await makeOutputDirectory(directory);
  const path = join(directory, name);
  await writeFile(path, redact(content));
  return path;
}
