/**
 * Bad usage or configuration: an unknown flag, a missing region, no credentials, an empty selection. The CLI
 * prints the one-line message (which says what to fix) and exits with code 2.
 *
 * @example
 * throw new ConfigurationError("--concurrency must be a whole number from 1 to 64");
 */
export class ConfigurationError extends Error {
  override readonly name = "ConfigurationError";
}
