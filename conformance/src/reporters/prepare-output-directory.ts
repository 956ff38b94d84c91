import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  ConfigurationError,
  describeFileSystemError,
  isFileSystemError,
  makeDirectory,
} from "@s3-inventory/cli-kit";

/**
 * Creates the report folder and proves it is writable (a probe file, written and removed) before anything
 * runs, so a wrong `--output-dir` is one configuration error (exit 2) instead of a whole run whose reports
 * are then lost.
 *
 * @internal
 */
export async function prepareOutputDirectory(directory: string): Promise<void> {
  if (directory.trim() === "")
    throw new ConfigurationError("--output-dir is empty: pass a folder name (default conformance-results)");
  try {
    await makeOutputDirectory(directory);
    const probe = join(directory, `.s3-inventory-conformance-write-test-${process.pid}`);
    await writeFile(probe, "");
    await rm(probe, { force: true });
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    if (isFileSystemError(error))
      throw new ConfigurationError(`--output-dir ${directory}: ${describeFileSystemError(error)}`);
    throw error;
  }
}

/**
 * Creates the output folder (and missing parents); a file in its place is a configuration error.
 * @internal
 */
export async function makeOutputDirectory(directory: string): Promise<void> {
  try {
    await makeDirectory(directory);
  } catch (error) {
    if (isFileSystemError(error) && error.code === "EEXIST")
      throw new ConfigurationError(`--output-dir ${directory} is a file, not a folder: choose another name`);
    throw error;
  }
}
