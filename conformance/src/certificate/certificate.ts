import type { RunIdentity } from "../identity/run-identity.js";
import type { StatusCounts } from "../reporters/run-report.js";
import type { VerdictOutcome } from "../verdict/compute-verdict.js";
import type { RunSelection } from "../verdict/run-selection.js";

/**
 * The format tag of `certificate.json`; `verify` refuses any other.
 *
 * @internal
 */
export const CERTIFICATE_FORMAT = "s3-inventory-conformance-certificate/1";

/**
 * `certificate.json`: binds a run's identity and verdict to the SHA-256 of every report file the run wrote,
 * so `s3-inventory-conformance verify DIR` can tell a published folder is complete and unmodified.
 *
 * @internal
 */
export interface Certificate {
  format: typeof CERTIFICATE_FORMAT;
  runId: string;
  identity: RunIdentity;
  /** What the run selected of the published case set; a certification needs all of it. */
  selection: RunSelection;
  verdict: string;
  outcome: VerdictOutcome;
  /** True only for a `conformant` outcome of the whole published set. */
  certified: boolean;
  exitCode: 0 | 1;
  /** Case counts by status. A waived (expected) failure is counted as failed, never as passed. */
  counts: StatusCounts;
  /** Every report file of the run (names inside the folder), with the SHA-256 of its bytes. */
  files: Array<{ name: string; sha256: string }>;
}
