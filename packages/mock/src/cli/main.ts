import { readFileSync } from "node:fs";
import { ConfigurationError, reportCliError, runCli } from "@s3-inventory/cli-kit";
import { DataDirInUseError } from "../server/data-dir-lock.js";
import { type MockServer, startMockServer } from "../server/start-mock-server.js";
import { explainStartError } from "./explain-start-error.js";
import { parseCliOptions, USAGE } from "./parse-cli-options.js";

const PROGRAM = "s3-inventory-mock";

/**
 * The `s3-inventory-mock` command. One top-level handler maps every failure to one line on stderr
 * and an exit code: 2 for a usage mistake (a bad option, a --host that does not resolve, a --data-dir
 * that is a file, a data directory another server holds), 1 for anything else (port in use).
 * Runs until SIGINT or SIGTERM, then closes cleanly (journal synced) and exits 0.
 * @internal
 */
export async function main(argv: readonly string[]): Promise<void> {
  await runCli(PROGRAM, async () => {
    const command = parseCliOptions(argv);
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
        log: (line) => process.stderr.write(`${PROGRAM}: ${line}\n`),
      });
    } catch (error) {
      // A data directory another server holds is the user's to fix (exit 2), not a usage mistake.
      if (error instanceof DataDirInUseError) throw new ConfigurationError(error.message);
      throw explainStartError(error, options) ?? error;
    }
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          reportCliError(PROGRAM, error);
          process.exit(1);
        },
      );
    };
    // Handlers first: a supervisor may signal as soon as it reads the line.
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    process.stdout.write(`${PROGRAM} listening on ${server.url}\n`);
    return;
  });
}

function readVersion(): string {
  const packageJson = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return packageJson.version;
}
