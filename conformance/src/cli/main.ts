import { runnerVersion } from "../config/runner-version.js";
import { exitCodeForError } from "../errors/exit-code-for-error.js";
import { HELP_TEXT } from "./help-text.js";
import { parseArguments } from "./parse-arguments.js";
import { runConformance } from "./run-conformance.js";
import { SUBCOMMANDS } from "./subcommands.js";

/**
 * The CLI: parses argv, runs, and sets the exit code (0 conformant, 1 not, 2 bad usage). This is the one
 * top-level error handler: whatever escapes becomes one line on stderr and an exit code, never a stack trace.
 * The first SIGINT or SIGTERM stops the run cleanly (running cases clean up, reports are written); a second
 * one exits at once.
 *
 * @example
 * await main(["--target", "msw", "--reporter", "json"]);
 */
export async function main(argv: string[]): Promise<void> {
  const interrupt = new AbortController();
  const onSignal = (): void => {
    if (interrupt.signal.aborted) process.exit(130);
    process.stderr.write(
      "\ninterrupted: finishing running cases and cleaning up (signal again to quit now)\n",
    );
    interrupt.abort();
  };
  // SIGTERM too: a cancelled CI job should clean up as a Ctrl-C does.
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const subcommand = argv[0] === undefined ? undefined : SUBCOMMANDS[argv[0]];
    if (subcommand !== undefined) {
      process.exitCode = await subcommand(argv.slice(1), (text) => process.stdout.write(text));
      return;
    }
    const command = parseArguments(argv, process.env);
    if (command.kind === "help") {
      process.stdout.write(HELP_TEXT);
    } else if (command.kind === "version") {
      process.stdout.write(`${runnerVersion()}\n`);
    } else {
      // Colour only on a terminal: CI logs and redirected output stay plain.
      const config = { ...command.config, color: command.config.color && process.stdout.isTTY === true };
      const { exitCode } = await runConformance(config, {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        signal: interrupt.signal,
      });
      process.exitCode = exitCode;
    }
  } catch (error) {
    const { exitCode, message } = exitCodeForError(error);
    process.stderr.write(`s3-inventory-conformance: ${message}\n`);
    process.exitCode = exitCode;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
