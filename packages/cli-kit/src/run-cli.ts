import { CliError, UsageError } from "./cli-error.js";

/**
 * The one top-level handler of a bin: runs `body` and sets `process.exitCode` to what it returns; whatever
 * it throws becomes one line on stderr (`program: message`) and an exit code, never a stack trace. A
 * {@link CliError} speaks for itself; anything else goes through `explain` (which may turn it into a
 * `CliError`), else it is exit 1 with the error's first line.
 *
 * @internal
 */
export async function runCli(
  program: string,
  body: () => Promise<number | undefined> | number | undefined,
  explain: (error: unknown) => CliError | undefined = () => undefined,
): Promise<void> {
  try {
    const exitCode = await body();
    if (exitCode !== undefined) process.exitCode = exitCode;
  } catch (error) {
    reportCliError(program, error, explain);
  }
}

/**
 * Writes the one line for `error` and sets the exit code: the catch of {@link runCli}, for a failure that
 * happens after `body` returned (e.g. while a server closes).
 *
 * @internal
 */
export function reportCliError(
  program: string,
  error: unknown,
  explain: (error: unknown) => CliError | undefined = () => undefined,
): void {
  const failure = error instanceof CliError ? error : (explain(error) ?? new CliError(firstLine(error), 1));
  const hint = failure instanceof UsageError ? " (see --help)" : "";
  process.stderr.write(`${program}: ${firstLine(failure)}${hint}\n`);
  process.exitCode = failure.exitCode;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? "";
}
