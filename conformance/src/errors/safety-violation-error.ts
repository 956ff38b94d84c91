/**
 * The runner refused to send a request that could modify something it did not create (a configuration
 * without the run's id prefix on a user's bucket, a bucket operation on a bucket it does not own). The case
 * is reported as `error`; the request is never sent.
 *
 * @internal
 */
export class SafetyViolationError extends Error {
  override readonly name = "SafetyViolationError";
}
