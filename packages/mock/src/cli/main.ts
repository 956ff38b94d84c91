import { readFileSync } from "node:fs";
import { type MockServer, startMockServer } from "../server/start-mock-server.js";
import { reportCliError, runCli } from "@s3-inventory/cli-kit";
import { explainStartError } from "./explain-start-error.js";
import { parseCliOptions, USAGE } from "./parse-cli-options.js";

const PROGRAM = "s3-inventory-mock";

/**
 * The `s3-inventory-mock` command. One top-level handler maps every failure to one line on stderr
 * and an exit code: 2 for a usage mistake (a bad option, a --host that does not resolve, a --data-dir
 * that is a file), 1 for anything else (port in use, data directory locked).
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
      server = await startMockServer(options);
    } catch (error) {
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
