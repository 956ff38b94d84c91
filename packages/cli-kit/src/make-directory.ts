import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * `mkdir -p` that always ends. Node 20's `mkdirSync(path, { recursive: true })` never returns (and
 * spins a CPU) when a parent exists but refuses children with ENOENT, as `/proc` does; this creates
 * each missing parent in turn, so such a path fails with ENOENT. An existing directory is fine; an
 * existing file fails with EEXIST, a file among the parents with ENOTDIR (syscall `mkdir`).
 * @internal
 */
export function makeDirectorySync(path: string): void {
  try {
    mkdirSync(path);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" && statSync(path).isDirectory()) return;
    const parent = dirname(path);
    if (code !== "ENOENT" || parent === path) throw error;
    makeDirectorySync(parent);
  }
  try {
    mkdirSync(path);
  } catch (error) {
    // Another process may have created it meanwhile.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST" || !statSync(path).isDirectory()) throw error;
  }
}

/**
 * {@link makeDirectorySync} for async callers; a relative path is resolved against the working directory.
 * @internal
 */
export async function makeDirectory(path: string): Promise<void> {
  makeDirectorySync(resolve(path));
}
