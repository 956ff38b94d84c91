/**
 * The AWS CLI JSON given to `fromCliJson` is not valid JSON or does not have the shape of an
 * `--inventory-configuration`. `problems` lists every problem found, one line each, worded like
 * botocore's parameter validation (`Unknown parameter in InventoryConfiguration.Destination: "X", must be
 * one of: S3BucketDestination`); the message is `Parameter validation failed:` and those lines. Values of
 * sensitive members (the KMS `KeyId`) never appear in it.
 *
 * @example
 * ```ts
 * try {
 *   fromCliJson('{"Destination": {"X": 1}}');
 * } catch (error) {
 *   if (error instanceof CliJsonError) console.error(error.message);
 * }
 * ```
 * @public
 */
export class CliJsonError extends Error {
  override readonly name = "CliJsonError";
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Parameter validation failed:\n${problems.join("\n")}`);
    this.problems = problems;
  }
}
