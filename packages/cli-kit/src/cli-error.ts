/**
 * An error a CLI answers with one line on stderr and its own exit code (changesets' `ExitError` idea): the
 * message says what to fix, the code is what scripts branch on.
 *
 * @internal
 */
export class CliError extends Error {
  override name = "CliError";
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/**
 * A mistake in the command line (an unknown option, a bad value): exit code 2, and the line ends with a
 * pointer to `--help`.
 *
 * @internal
 */
export class UsageError extends CliError {
  override name = "UsageError";
  constructor(message: string) {
    super(message, 2);
  }
}

/**
 * A configuration the command cannot work with (no region, an unusable folder, refused credentials): exit
 * code 2, the message alone.
 *
 * @internal
 */
export class ConfigurationError extends CliError {
  override name = "ConfigurationError";
  constructor(message: string) {
    super(message, 2);
  }
}
