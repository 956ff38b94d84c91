/**
 * The runner could not prepare or expand a case (a placeholder without a value, a bucket it could not create).
 * Reported as the case's `error` status: a runner or environment problem, not the endpoint's failure.
 *
 * @internal
 */
export class CaseSetupError extends Error {
  override readonly name = "CaseSetupError";
}
