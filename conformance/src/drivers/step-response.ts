/**
 * What an endpoint answered to one step, the same shape whichever client or raw request sent it.
 *
 * @internal
 */
export interface StepResponse {
  status: number;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  /** The successful output: SDK-shaped without `$metadata` (operations) or the parsed XML body (raw). */
  output?: unknown;
  /** The S3 error, when the answer was one. */
  error?: StepError;
  /**
   * The namespace URI of the body's root element, null for none; absent when no XML body was read raw (an
   * operation step through a client, an empty or non-XML body).
   */
  rootNamespace?: string | null;
}

/**
 * An S3 error as read from the `<Error>` document.
 *
 * @internal
 */
export interface StepError {
  code: string;
  message?: string;
  /** Every other `<Error>` child (`RequestId`, `HostId`, `BucketName`, …). */
  fields: Record<string, string>;
}
