import {
  CliError,
  ConfigurationError,
  describeFileSystemError,
  isFileSystemError,
} from "@s3-inventory/cli-kit";

/**
 * What the CLI says about an error that escaped a run, for the kit's top-level handler: a file-system
 * error (a report that cannot be written: the output folder is the user's to fix) is a configuration error,
 * exit 2; anything else is the runner failing, exit 1, said in one line too.
 * @internal
 */
export function explainRunnerError(error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (isFileSystemError(error))
    return new ConfigurationError(`${describeFileSystemError(error)}: check --output-dir`);
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new CliError(`the runner failed: ${message}`, 1);
}
