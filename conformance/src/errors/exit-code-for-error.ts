import { ConfigurationError } from "./configuration-error.js";
import { describeFileSystemError, isFileSystemError } from "./file-system-error.js";

/**
 * The one mapping from an error that escaped a run to the CLI's answer: bad usage or configuration is exit 2
 * with its own one-line message, and so is a file-system error (a report that cannot be written: the output
 * folder is the user's to fix); anything else is the runner failing (exit 1), said in one line too.
 *
 * @example
 * exitCodeForError(new ConfigurationError("--region x is not a region name")); // { exitCode: 2, message: "--region x is not a region name" }
 */
export function exitCodeForError(error: unknown): { exitCode: 1 | 2; message: string } {
  if (error instanceof ConfigurationError) return { exitCode: 2, message: error.message };
  if (isFileSystemError(error))
    return { exitCode: 2, message: `${describeFileSystemError(error)}: check --output-dir` };
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { exitCode: 1, message: `the runner failed: ${message}` };
}
