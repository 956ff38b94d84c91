/**
 * A Node.js file-system error (it carries `code`, `syscall` and `path`), e.g. from writing a report.
 *
 * @internal
 */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    typeof (error as NodeJS.ErrnoException).path === "string"
  );
}

const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOENT: "the folder does not exist and cannot be created there",
  ENOTDIR: "part of the path is a file, not a folder",
  EEXIST: "a file of that name is in the way",
  EISDIR: "it is a folder",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links",
};

/**
 * One line saying what went wrong with a path, in words first and Node's code after, never a stack trace.
 *
 * @internal
 */
export function describeFileSystemError(error: NodeJS.ErrnoException & { path: string }): string {
  const verb =
    error.syscall === "mkdir" ? "create" : error.syscall === "open" ? "write" : (error.syscall ?? "use");
  const reason = REASONS[error.code ?? ""] ?? "failed";
  return `cannot ${verb} ${error.path}: ${reason} (${error.code})`;
}
