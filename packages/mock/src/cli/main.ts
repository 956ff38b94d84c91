import { readFileSync } from "node:fs";
import { DataDirInUseError } from "../server/data-dir-lock.js";
import { type MockServer, startMockServer } from "../server/start-mock-server.js";
import { explainStartError } from "./explain-start-error.js";
import { type CliCommand, parseCliOptions, USAGE } from "./parse-cli-options.js";
import { UsageError } from "./usage-error.js";

/**
 * The `s3-inventory-mock` command. One top-level handler maps every failure to one line on stderr
 * and an exit code: 2 for a usage mistake (a bad option, a --host that does not resolve, a --data-dir
 * that is a file, a data directory another server holds), 1 for anything else (port in use).
 * Runs until SIGINT or SIGTERM, then closes cleanly (journal synced) and exits 0.
 *
 * @example
 * ```ts
 * // bin/s3-inventory-mock.js, the launcher behind `pnpm exec s3-inventory-mock`:
 * main(process.argv.slice(2));
 * ```
 */
export async function main(argv: readonly string[]): Promise<void> {
  let command: CliCommand;
  try {
    command = parseCliOptions(argv);
  } catch (error) {
    return fail(error);
  }
  if (command.kind === "help") {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command.kind === "version") {
    process.stdout.write(`${readVersion()}\n`);
    return;
  }
  const options = command.options;
  let server: MockServer;
  try {
    server = await startMockServer({
      ...options,
      log: (line) => process.stderr.write(`s3-inventory-mock: ${line}\n`),
    });
  } catch (error) {
    return fail(explainStartError(error, options));
  }
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        fail(error);
        process.exit(1);
      },
    );
  };
  // Handlers first: a supervisor may signal as soon as it reads the line.
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  process.stdout.write(`s3-inventory-mock listening on ${server.url}\n`);
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof UsageError ? " (see --help)" : "";
  process.stderr.write(`s3-inventory-mock: ${message.split("\n")[0]}${hint}\n`);
  process.exitCode = error instanceof UsageError || error instanceof DataDirInUseError ? 2 : 1;
}

function readVersion(): string {
  const packageJson = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return packageJson.version;
}
