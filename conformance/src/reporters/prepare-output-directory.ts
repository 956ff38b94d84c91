import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { ConfigurationError } from "../errors/configuration-error.js";
import { describeFileSystemError, isFileSystemError } from "../errors/file-system-error.js";

/**
 * Creates the report folder and proves it is writable (a probe file, written and removed) before anything
 * runs, so a wrong `--output-dir` is one configuration error (exit 2) instead of a whole run whose reports
 * are then lost.
 *
 * @example
 * await prepareOutputDirectory("conformance-results");
 */
export async function prepareOutputDirectory(directory: string): Promise<void> {
  if (directory.trim() === "")
    throw new ConfigurationError("--output-dir is empty: pass a folder name (default conformance-results)");
  try {
    await makeDirectory(directory);
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
 * `mkdir -p` that always ends. Node 20's `mkdir(path, { recursive: true })` never settles (and spins a CPU)
 * when a parent exists but refuses children with ENOENT, as `/proc` does; this creates each missing parent
 * once and then gives the error back.
 *
 * @example
 * await makeDirectory("results/2026-11-25");
 */
export async function makeDirectory(directory: string): Promise<void> {
  const path = resolve(directory);
  try {
    await mkdir(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return ensureFolder(path, directory);
    const parent = dirname(path);
    if (code !== "ENOENT" || parent === path) throw error;
    await makeDirectory(parent);
    try {
      await mkdir(path);
    } catch (again) {
      // Created meanwhile by someone else is fine; a second ENOENT is final (no retry loop).
      if ((again as NodeJS.ErrnoException).code === "EEXIST") return ensureFolder(path, directory);
      throw again;
    }
  }
}

async function ensureFolder(path: string, shown: string): Promise<void> {
  if (!(await stat(path)).isDirectory())
    throw new ConfigurationError(`--output-dir ${shown} is a file, not a folder: choose another name`);
}
