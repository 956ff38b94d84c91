import { createS3Error, type S3ErrorResponse } from "@s3-inventory/model";

/**
 * Random server errors, so a client's retry logic can be tested: a share of requests (`rate`, 0..1)
 * answered with one of `codes`, chosen uniformly. Both codes are ones S3 asks clients to retry
 * ([DOC] S3 error codes: InternalError 500, SlowDown 503; the SDKs' standard retry strategy retries
 * them).
 *
 * @example
 * ```ts
 * const faults: FaultInjectionOption = { rate: 0.2, codes: ["SlowDown"] };
 * ```
 * @public
 */
export interface FaultInjectionOption {
  rate: number;
  /** Default: both. */
  codes?: ReadonlyArray<"InternalError" | "SlowDown"> | undefined;
}

/**
 * Draws whether this request fails, and how.
 *
 * @internal
 */
export function drawFault(
  faults: FaultInjectionOption | undefined,
  random: () => number,
): S3ErrorResponse | undefined {
  if (!faults || faults.rate <= 0 || random() >= faults.rate) return undefined;
  const codes =
    faults.codes && faults.codes.length > 0 ? faults.codes : (["InternalError", "SlowDown"] as const);
  const code = codes[Math.min(codes.length - 1, Math.floor(random() * codes.length))] ?? "InternalError";
  return createS3Error(code);
}
