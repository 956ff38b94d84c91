import { randomBytes } from "node:crypto";
import { linkSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Thrown when the data directory is locked by another live server (two writers would interleave
 * their journals), or by a process id that now belongs to another program. The message is one line
 * naming the holder and, for the second case, how to clear the lock.
 *
 * @example
 * ```ts
 * try {
 *   await startMockServer({ dataDir: "/tmp/s3-mock" });
 * } catch (error) {
 *   if (error instanceof DataDirInUseError) console.error(error.message);
 * }
 * ```
 * @public
 */
export class DataDirInUseError extends Error {
  override readonly name = "DataDirInUseError";
}

const LOCK = /^LOCK\.(\d{1,15})$/;

/**
 * Takes the data directory for this process and returns its release.
 *
 * Locks are generations, `LOCK.0`, `LOCK.1`...; the highest one present is the lock. Each is created
 * whole, then published with link(2), which fails if the name exists, so of two processes that want
 * the same generation exactly one gets it. Taking over a stale lock (its process is gone) is linking
 * the next generation: nothing is ever removed on another process's behalf, so there is no window
 * where a takeover deletes a lock just taken. A process that finds a higher generation after linking
 * has lost and withdraws. The holder is identified by its pid and its start time (Linux
 * `/proc/PID/stat`), which tells a live server from a reused pid.
 *
 * @internal
 */
export function lockDataDir(directory: string): () => void {
  const identity = `${process.pid} ${startTimeOf(process.pid) ?? "-"} ${randomBytes(8).toString("hex")}\n`;
  const candidate = join(directory, `LOCK-candidate.${process.pid}.${randomBytes(6).toString("hex")}`);
  writeFileSync(candidate, identity, { mode: 0o600, flag: "wx" });
  try {
    // Each pass either wins, refuses, or sees a generation another process published: bounded by the
    // number of contenders, with a cap as a guard.
    for (let pass = 0; pass < 1000; pass++) {
      const highest = highestGeneration(directory);
      if (highest !== undefined) {
        const holder = readHolder(join(directory, `LOCK.${highest}`));
        if (holder === "gone") continue; // released or withdrawn meanwhile: look again
        refuseIfHeld(directory, highest, holder);
      }
      const generation = highest === undefined ? 0 : highest + 1;
      const path = join(directory, `LOCK.${generation}`);
      try {
        linkSync(candidate, path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") continue; // another process got it
        throw error;
      }
      if ((highestGeneration(directory) ?? generation) > generation) {
        rmSync(path, { force: true }); // a later generation was published: that process owns it
        continue;
      }
      // Older generations are stale and no longer the highest; removing them only tidies up.
      for (const older of generations(directory))
        if (older < generation) rmSync(join(directory, `LOCK.${older}`), { force: true });
      return () => rmSync(path, { force: true });
    }
    throw new DataDirInUseError(`cannot lock data directory ${directory}: too many processes contend for it`);
  } finally {
    rmSync(candidate, { force: true });
  }
}

function refuseIfHeld(
  directory: string,
  generation: number,
  holder: { pid: number; startTime: string },
): void {
  const { pid, startTime } = holder;
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // stale: take the next generation
  const current = startTimeOf(pid);
  if (current === undefined || startTime === "-" || current === startTime) {
    throw new DataDirInUseError(
      `data directory ${directory} is in use by process ${pid} (another s3-inventory-mock)`,
    );
  }
  throw new DataDirInUseError(
    `data directory ${directory} is locked by process ${pid}, but that process id now belongs to another program: if no mock server uses ${directory}, delete ${join(directory, `LOCK.${generation}`)} and start again`,
  );
}

function generations(directory: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync(directory)) {
    const match = LOCK.exec(name);
    if (match?.[1]) found.push(Number(match[1]));
  }
  return found;
}

function highestGeneration(directory: string): number | undefined {
  const found = generations(directory);
  return found.length === 0 ? undefined : Math.max(...found);
}

function readHolder(path: string): { pid: number; startTime: string } | "gone" {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "gone";
    throw error;
  }
  const [pid = "", startTime = "-"] = text.trim().split(" ");
  return { pid: Number(pid), startTime };
}

// Field 22 of /proc/PID/stat: when the process started, in clock ticks since boot. Undefined where
// /proc is missing (not Linux) or the process is gone.
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
