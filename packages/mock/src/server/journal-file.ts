import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import type { StateJournal, StateMutation } from "../engine/state/state-mutation.js";
import { type JournalFileSystem, nodeJournalFileSystem } from "./journal-file-system.js";
import { decodeJournal, encodeJournalRecord } from "./journal-record.js";

const JOURNAL = "journal.log";

/**
 * Thrown to a writer whose change could not be made durable (ENOSPC, EIO, EROFS, a write that makes
 * no progress): the change was not applied and the request gets an S3 5xx.
 *
 * @internal
 */
export class JournalWriteError extends Error {
  override readonly name = "JournalWriteError";
}

/**
 * What opening a journal found: the intact mutations, and the one line to print about it.
 *
 * @internal
 */
export interface OpenedJournal {
  mutations: StateMutation[];
  /** Records kept, damage dropped and where the original was saved (after `start`). */
  summary: string;
  /**
   * Starts appending. When the file held damage, or many more records than `state` needs, it is first
   * saved aside (a hard link `journal.log.<time>.orig`) and rewritten from `state`.
   */
  start(state: () => Iterable<StateMutation>, fileSystem?: JournalFileSystem): Promise<JournalFile>;
}

/**
 * An append-only journal that makes every acknowledged write survive `kill -9`.
 *
 * A write resolves only once its whole record is written (a short write is continued, a failed one
 * reported) and `fdatasync`ed; concurrent writes share one sync (group commit). After a failed write
 * the file is truncated back to its last synced length before anything else is appended, so the file
 * holds exactly the acknowledged records, and writes succeed again once the disk does.
 *
 * @internal
 */
export class JournalFile implements StateJournal {
  readonly #fileSystem: JournalFileSystem;
  readonly #fd: number;
  #size: number;
  // Bytes past #size may be a failed write's remains: cut them before the next append.
  #tailDirty = false;
  #pending: { bytes: Buffer; resolve: () => void; reject: (error: unknown) => void }[] = [];
  #flushing: Promise<void> | undefined;

  private constructor(fileSystem: JournalFileSystem, fd: number, size: number) {
    this.#fileSystem = fileSystem;
    this.#fd = fd;
    this.#size = size;
  }

  /** Reads and decodes the journal in `directory` (which must exist); nothing is written yet. */
  static open(directory: string): OpenedJournal {
    const path = join(directory, JOURNAL);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      bytes = Buffer.alloc(0);
    }
    const decoded = decodeJournal(bytes);
    const kept = `kept ${decoded.mutations.length} record${decoded.mutations.length === 1 ? "" : "s"}`;
    const dropped =
      decoded.damagedStretches === 0
        ? "dropped none"
        : `dropped ${decoded.damagedBytes} damaged byte${decoded.damagedBytes === 1 ? "" : "s"} in ${decoded.damagedStretches} place${decoded.damagedStretches === 1 ? "" : "s"}`;
    const opened: OpenedJournal = {
      mutations: decoded.mutations,
      summary: `journal ${path}: ${kept}, ${dropped}; not rewritten`,
      async start(state, fileSystem = nodeJournalFileSystem) {
        let size = bytes.byteLength;
        const snapshot = [...state()];
        const compactable = decoded.mutations.length > 2 * snapshot.length + 1000;
        if (decoded.damagedStretches > 0 || compactable) {
          const saved = rewrite(directory, path, snapshot);
          size = saved.size;
          opened.summary = `journal ${path}: ${kept}, ${dropped}; original saved as ${saved.original}`;
        } else if (bytes.byteLength === 0) {
          closeSync(openSync(path, "a", 0o600));
          syncDirectory(directory);
        }
        return new JournalFile(fileSystem, await fileSystem.open(path, "r+"), size);
      },
    };
    return opened;
  }

  record(mutation: StateMutation): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ bytes: encodeJournalRecord(mutation), resolve, reject });
      this.#flushing ??= this.#flush();
    });
  }

  /** Waits for pending writes, then closes the file. */
  async close(): Promise<void> {
    while (this.#flushing) await this.#flushing;
    await this.#fileSystem.close(this.#fd);
  }

  async #flush(): Promise<void> {
    while (this.#pending.length > 0) {
      const batch = this.#pending;
      this.#pending = [];
      try {
        await this.#append(Buffer.concat(batch.map((entry) => entry.bytes)));
        for (const entry of batch) entry.resolve();
      } catch (error) {
        const { code, message } = error as NodeJS.ErrnoException;
        const failure = new JournalWriteError(`journal write failed: ${code ?? message}`, { cause: error });
        for (const entry of batch) entry.reject(failure);
      }
    }
    this.#flushing = undefined;
  }

  async #append(bytes: Buffer): Promise<void> {
    const fileSystem = this.#fileSystem;
    if (this.#tailDirty) {
      await fileSystem.truncate(this.#fd, this.#size);
      await fileSystem.datasync(this.#fd);
      this.#tailDirty = false;
    }
    this.#tailDirty = true;
    for (let written = 0; written < bytes.byteLength; ) {
      const count = await fileSystem.write(
        this.#fd,
        bytes,
        written,
        bytes.byteLength - written,
        this.#size + written,
      );
      if (!(count > 0)) throw new Error("write made no progress");
      written += count;
    }
    await fileSystem.datasync(this.#fd);
    this.#size += bytes.byteLength;
    this.#tailDirty = false;
  }
}

// Writes `state` to a temporary file and syncs it, keeps the original under a new name (a hard link,
// so the journal never goes missing), then renames the new file over the journal.
function rewrite(
  directory: string,
  path: string,
  state: readonly StateMutation[],
): { size: number; original: string } {
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, "w", 0o600);
  let size = 0;
  try {
    for (const mutation of state) size += writeFully(fd, encodeJournalRecord(mutation));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  const original = `${path}.${new Date().toISOString().replace(/[:.]/g, "-")}.orig`;
  linkSync(path, original);
  renameSync(temporary, path);
  syncDirectory(directory);
  if (statSync(path).size !== size) throw new Error(`journal rewrite of ${path} is incomplete`);
  return { size, original };
}

function writeFully(fd: number, bytes: Buffer): number {
  for (let written = 0; written < bytes.byteLength; ) {
    const count = writeSync(fd, bytes, written, bytes.byteLength - written);
    if (!(count > 0)) throw new Error("write made no progress");
    written += count;
  }
  return bytes.byteLength;
}

function syncDirectory(directory: string): void {
  // Makes a create or rename itself durable (POSIX); some platforms cannot open a directory.
  try {
    const fd = openSync(directory, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* not supported here */
  }
}
