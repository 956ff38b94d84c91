import {
  closeSync,
  constants,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import type { StateJournal, StateMutation } from "../engine/state/state-mutation.js";

const JOURNAL = "journal.ndjson";

/**
 * An append-only journal file that makes every acknowledged write survive `kill -9`.
 *
 * Format: one record per line, `crc32-hex SPACE json LF`. A write is acknowledged only after its
 * record is written and `fdatasync`ed; concurrent writes share one sync (group commit). On open, the
 * file is replayed up to the first record that is torn or corrupt (a crash in the middle of an append
 * can only damage the last one), then rewritten compactly (temp file, fsync, atomic rename).
 *
 * @example
 * ```ts
 * const { journal, mutations } = await JournalFile.open("/var/lib/s3-inventory-mock");
 * const engine = createInventoryMockEngine({ restore: mutations, journal });
 * ```
 */
export class JournalFile implements StateJournal {
  readonly #handle: FileHandle;
  #pending: { line: string; resolve: () => void; reject: (error: unknown) => void }[] = [];
  #flushing: Promise<void> | undefined;

  private constructor(handle: FileHandle) {
    this.#handle = handle;
  }

  /** Replays the journal in `directory` (created if missing) and opens it for appending. */
  static async open(
    directory: string,
  ): Promise<{ mutations: StateMutation[]; compact(state: Iterable<StateMutation>): Promise<JournalFile> }> {
    mkdirSync(directory, { recursive: true });
    const path = join(directory, JOURNAL);
    const mutations = replay(path);
    return {
      mutations,
      async compact(state) {
        const temporary = `${path}.tmp`;
        const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, 0o600);
        try {
          let chunk = "";
          for (const mutation of state) {
            chunk += encodeRecord(mutation);
            if (chunk.length > 1 << 20) {
              writeSync(fd, chunk);
              chunk = "";
            }
          }
          writeSync(fd, chunk);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(temporary, path);
        syncDirectory(directory);
        return new JournalFile(await open(path, "a"));
      },
    };
  }

  record(mutation: StateMutation): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ line: encodeRecord(mutation), resolve, reject });
      this.#flushing ??= this.#flush();
    });
  }

  /** Waits for pending writes, then closes the file. */
  async close(): Promise<void> {
    while (this.#flushing) await this.#flushing;
    await this.#handle.close();
  }

  async #flush(): Promise<void> {
    while (this.#pending.length > 0) {
      const batch = this.#pending;
      this.#pending = [];
      try {
        await this.#handle.write(batch.map((entry) => entry.line).join(""));
        await this.#handle.datasync();
        for (const entry of batch) entry.resolve();
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.#flushing = undefined;
  }
}

function encodeRecord(mutation: StateMutation): string {
  const json = JSON.stringify(mutation);
  return `${crc32(json).toString(16).padStart(8, "0")} ${json}\n`;
}

function replay(path: string): StateMutation[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const mutations: StateMutation[] = [];
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf("\n", start);
    if (end === -1) break; // torn last record: never acknowledged
    const line = text.slice(start, end);
    const space = line.indexOf(" ");
    const json = line.slice(space + 1);
    if (space !== 8 || crc32(json).toString(16).padStart(8, "0") !== line.slice(0, 8)) break;
    try {
      mutations.push(JSON.parse(json) as StateMutation);
    } catch {
      break;
    }
    start = end + 1;
  }
  return mutations;
}

function syncDirectory(directory: string): void {
  // Makes the rename itself durable (POSIX); some platforms cannot open a directory, which is harmless.
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
