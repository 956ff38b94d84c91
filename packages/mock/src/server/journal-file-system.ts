import { close, fdatasync, ftruncate, open, write } from "node:fs";
import { promisify } from "node:util";

/**
 * The file operations a journal appends with: the seam where tests inject short writes, ENOSPC and
 * EIO. `write` may write fewer bytes than asked (as write(2) may); the journal writes the rest.
 *
 * @internal
 */
export interface JournalFileSystem {
  open(path: string, flags: string): Promise<number>;
  write(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): Promise<number>;
  datasync(fd: number): Promise<void>;
  truncate(fd: number, length: number): Promise<void>;
  close(fd: number): Promise<void>;
}

const writeAsync = promisify(write);

/**
 * The real file system (node:fs).
 *
 * @internal
 */
export const nodeJournalFileSystem: JournalFileSystem = {
  open: (path, flags) => promisify(open)(path, flags, 0o600),
  write: async (fd, buffer, offset, length, position) =>
    (await writeAsync(fd, buffer, offset, length, position)).bytesWritten,
  datasync: (fd) => promisify(fdatasync)(fd),
  truncate: (fd, length) => promisify(ftruncate)(fd, length),
  close: (fd) => promisify(close)(fd),
};
