import { runCli } from "@s3-inventory/cli-kit";
import { runnerVersion } from "../config/runner-version.js";
import { explainRunnerError } from "../errors/explain-runner-error.js";
import { createRedactor } from "../reporters/secret-redactor.js";
import { HELP_TEXT } from "./help-text.js";
import { parseArguments } from "./parse-arguments.js";
import { runConformance } from "./run-conformance.js";
import { SUBCOMMANDS } from "./subcommands.js";

// After a first signal, the run must be over by then (cleanups stop at INTERRUPTED_CLEANUP_MS).
const HARD_STOP_MS = 4_500;

/**
 * The CLI: parses argv, runs, and sets the exit code (0 conformant, 1 not, 2 bad usage). The kit's `runCli`
 * is the one top-level error handler: whatever escapes becomes one line on stderr and an exit code.
 * The first SIGINT or SIGTERM stops the run cleanly and within 5 s: no case starts, the exchanges in flight
 * stop, cleanups get INTERRUPTED_CLEANUP_MS in total (what they leave is listed), reports are written; a
 * second signal exits at once, and so does a run still going 4.5 s after the first.
 *
 * @example
 * ```ts
 * await main(["--target", "msw", "--reporter", "json"]);
 * ```
 * @public
 */
export async function main(argv: string[]): Promise<void> {
  const interrupt = new AbortController();
  // runConformance redacts with the run's own credentials; this covers what is written before it knows them.
  const redact = createRedactor({
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? "",
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? "",
    ...(process.env.AWS_SESSION_TOKEN ? { sessionToken: process.env.AWS_SESSION_TOKEN } : {}),
  });
  const onSignal = (): void => {
    if (interrupt.signal.aborted) process.exit(130);
    process.stderr.write(
      "\ninterrupted: stopping running cases and cleaning up (signal again to quit now)\n",
    );
    interrupt.abort(new Error("interrupted"));
    // The last resort behind the bounded cleanup: the process never outlives the signal by 5 s.
    setTimeout(() => {
      process.stderr.write(
        "s3-inventory-conformance: interrupted run did not finish within 4.5 s; exiting\n",
      );
      process.exit(1);
    }, HARD_STOP_MS).unref();
  };
  // SIGTERM too: a cancelled CI job should clean up as a Ctrl-C does.
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    await runCli(
      "s3-inventory-conformance",
      async () => {
        const subcommand = argv[0] === undefined ? undefined : SUBCOMMANDS[argv[0]];
        if (subcommand !== undefined) return subcommand(argv.slice(1), (text) => process.stdout.write(text));
        const command = parseArguments(argv, process.env);
        if (command.kind === "help") {
          process.stdout.write(HELP_TEXT);
          return undefined;
        }
        if (command.kind === "version") {
          process.stdout.write(`${runnerVersion()}\n`);
          return undefined;
        }
        // Colour only on a terminal: CI logs and redirected output stay plain.
        const config = { ...command.config, color: command.config.color && process.stdout.isTTY === true };
        const { exitCode } = await runConformance(config, {
          stdout: (text) => process.stdout.write(text),
          stderr: (text) => process.stderr.write(redact(text)),
          signal: interrupt.signal,
        });
        return exitCode;
      },
      explainRunnerError,
    );
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
