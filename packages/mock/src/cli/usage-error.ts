/**
 * A mistake in the command line: printed as one line, exit code 2.
 *
 * @example
 * ```ts
 * throw new UsageError("--port must be an integer from 0 to 65535");
 * ```
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
