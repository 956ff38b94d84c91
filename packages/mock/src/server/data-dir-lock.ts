import { closeSync, constants, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

/**
 * Thrown when another live process serves the same data directory: two writers would interleave
 * their journals.
 *
 * @example
 * ```ts
 * try { lockDataDir(dir); } catch (error) { if (error instanceof DataDirInUseError) console.error(error.message); }
 * ```
 * @public
 */
export class DataDirInUseError extends Error {
  override readonly name = "DataDirInUseError";
}

/**
 * Takes `directory/LOCK` for this process (a lock left by a killed process is taken over) and returns
 * its release.
 *
 * @example
 * ```ts
 * const release = lockDataDir("/tmp/mock-data");
 * release();
 * ```
 */
export function lockDataDir(directory: string): () => void {
  const path = join(directory, "LOCK");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(path, "utf8"));
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new DataDirInUseError(`data directory ${directory} is in use by process ${owner}`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new DataDirInUseError(`cannot lock data directory ${directory}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
