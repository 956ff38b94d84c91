import type { MockServerOptions } from "../server/mock-server-options.js";
import { CliError, UsageError } from "@s3-inventory/cli-kit";

/**
 * Turns a failure of `startMockServer` into the error the CLI prints: a system error caused by an
 * option (`--host`, `--port`, `--data-dir`) becomes one line that says what to fix, never Node's raw
 * `getaddrinfo ENOTFOUND` or `EEXIST ... mkdir`. A bad `--host` or `--data-dir` is a usage mistake
 * (exit 2); a port in use is not the command line's fault (exit 1). Anything else is `undefined`.
 * @internal
 */
export function explainStartError(error: unknown, options: MockServerOptions): CliError | undefined {
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  const host = options.host ?? "127.0.0.1";
  const dataDir = options.dataDir ?? "";
  if (code === "EADDRINUSE") {
    return new CliError(
      `port ${options.port} on ${host} is already in use: choose another with --port, or --port 0 for any free port`,
      1,
    );
  }
  if (code === "EADDRNOTAVAIL") return new CliError(`cannot listen on ${host}: no such local address`, 1);
  if (syscall === "getaddrinfo") {
    return new UsageError(
      `--host ${JSON.stringify(host)} is neither an IP address nor a name this machine resolves: use a local address such as 127.0.0.1, 0.0.0.0 or ::1`,
    );
  }
  if (options.dataDir !== undefined && (syscall === "mkdir" || syscall === "open")) {
    if (code === "EEXIST" || code === "ENOTDIR") {
      return new UsageError(
        `--data-dir ${JSON.stringify(dataDir)} is not a directory: give a directory (created if missing), not a file`,
      );
    }
    if (code === "ENOENT") {
      return new UsageError(
        `--data-dir ${JSON.stringify(dataDir)} cannot be created there: choose a directory on a writable file system`,
      );
    }
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
      return new UsageError(
        `--data-dir ${JSON.stringify(dataDir)} cannot be written: give a directory this user may create and write`,
      );
    }
  }
  if (code === "EACCES") return new CliError(`not allowed to listen on port ${options.port}`, 1);
  return undefined;
}
