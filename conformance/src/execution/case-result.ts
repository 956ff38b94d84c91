import {
  type ConformanceCase,
  caseEvidence,
  type EvidenceRef,
  type Provenance,
  type Severity,
} from "@s3-inventory/fixtures";
import type { Mismatch } from "../assertions/mismatch.js";

/**
 * A case's outcome. `not-implemented`: a signed request was answered 501 NotImplemented (reported as such,
 * never as passed). `error`: the runner or the environment failed, so nothing was learnt about the endpoint.
 *
 * @example
 * ```ts
 * const status: CaseStatus = "not-implemented";
 * ```
 * @public
 */
export type CaseStatus = "passed" | "failed" | "skipped" | "not-implemented" | "error";

/**
 * Why a step failed: which step, what was sent, what came back, and the minimal diff.
 *
 * @example
 * ```ts
 * const f: StepFailure = { step: 1, name: "get it back", request: "GetBucketInventoryConfiguration id=1",
 *   response: "404 NoSuchConfiguration", mismatches: [{ path: "status", expected: 200, actual: 404 }] };
 * ```
 * @public
 */
export interface StepFailure {
  /** 1-based step number. */
  step: number;
  name: string;
  /** The iteration of a repeat step that failed (0-based). */
  iteration?: number;
  /**
   * Set when some evidence behind the step is an inference (so its failure never fails a certification):
   * which ledger entries, e.g. "rests on an inference: evidence:overwrite-at-limit-accepted".
   */
  inferred?: string;
  /** A one-line, secret-free summary of the request. */
  request: string;
  /** The request as an operation on the bucket, for grouping: "PUT ?inventory", "GET ?inventory&id", "HEAD bucket". */
  operation?: string;
  /** The case's last write that succeeded before this step (e.g. "DELETE ?inventory"), to tie later answers to it. */
  after?: string;
  /**
   * The case sets no expectation on this step and it writes: the case needs it to succeed but does not test
   * it, so a failure here is a failure of something other than what the case's title tests.
   */
  setup?: true;
  /** A one-line summary of the answer. */
  response: string;
  /** A copy-pasteable command (aws-cli or curl) that sends the request again; no secret in it. */
  reproduce?: string;
  mismatches: Mismatch[];
}

/**
 * What cleanup did after the case: removed what it created, kept it (`--keep`), or failed (reported apart).
 *
 * @example
 * ```ts
 * const cleanup: CleanupOutcome = { status: "failed", message: "DELETE bucket s3inv-ab12cd34-3: 403 AccessDenied" };
 * ```
 * @public
 */
export interface CleanupOutcome {
  status: "done" | "kept" | "failed" | "nothing";
  message?: string;
}

/**
 * One case's result, as reporters and `results.json` see it.
 *
 * @example
 * ```ts
 * const r: CaseResult = { id: "put-status-204", title: "…", severity: "required", tags: ["put"],
 *   evidence: { kind: "aws-recording", source: "LocalStack snapshot", entries: [{ id: "put-answers-204", kind: "recorded" }] },
 *   status: "passed",
 *   durationMs: 12, failures: [], cleanup: { status: "done" } };
 * ```
 * @public
 */
export interface CaseResult {
  id: string;
  title: string;
  severity: Severity;
  tags: string[];
  /**
   * Where the expected behaviour comes from, so a reader can weigh a failure: the case's provenance and every
   * evidence ledger entry it cites (its own and its steps'), with each entry's kind.
   */
  evidence: Pick<Provenance, "kind" | "source"> & {
    /** Ledger ids and kinds; always set by the runner (optional only for results written by hand). */
    entries?: EvidenceRef[];
  };
  status: CaseStatus;
  durationMs: number;
  failures: StepFailure[];
  /**
   * A failed case whose every failure is on a step resting on an inference, its other steps all passed: the
   * endpoint differs from S3 only where S3's behaviour is inferred. The status stays `failed`, but the case
   * does not fail the run.
   */
  failedOnlyOnInferredSteps?: true;
  /** For skipped, not-implemented and error: why, in one sentence. */
  reason?: string;
  /** Permitted alternatives the endpoint used (e.g. a status S3 allows but does not prefer). */
  acceptedAlternatives?: string[];
  cleanup: CleanupOutcome;
  /**
   * Set when `--expected-failures` declares the case: `expected`, it failed as declared (still `failed`, it
   * does not fail the run); `fixed`, it passed (remove it from the file; exit 1 with `--strict-expected`).
   */
  expectedFailure?: { reason: string; link?: string; outcome: "expected" | "fixed" };
}

/**
 * The part of a result that comes from the case itself.
 *
 * @internal
 */
export function caseIdentity(
  conformanceCase: ConformanceCase,
): Pick<CaseResult, "id" | "title" | "severity" | "tags" | "evidence"> {
  return {
    id: conformanceCase.id,
    title: conformanceCase.title,
    severity: conformanceCase.severity,
    tags: conformanceCase.tags,
    evidence: {
      kind: conformanceCase.provenance.kind,
      source: conformanceCase.provenance.source,
      entries: caseEvidence(conformanceCase),
    },
  };
}
