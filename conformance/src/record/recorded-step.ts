import type { Expectation, Provenance } from "@s3-inventory/fixtures";
import type { Mismatch } from "../assertions/mismatch.js";
import type { StepResponse } from "../drivers/step-response.js";

/**
 * One HTTP exchange as sent and answered, secrets redacted.
 *
 * @internal
 */
export interface RecordedExchange {
  request: {
    method: string;
    url: string;
    path: string;
    query: string;
    headers: Record<string, string>;
    body: string;
  };
  response: { status: number; headers: Record<string, string>; body: string };
}

/**
 * One step of one case in a recording (a line of `steps.jsonl`): what the case expected, the evidence behind
 * it, every exchange the step made, and the answer as the runner read it.
 *
 * @internal
 */
export interface RecordedStep {
  case: string;
  title: string;
  severity: string;
  /** The case's provenance kind and source. */
  evidence: Pick<Provenance, "kind" | "source">;
  /** 1-based. */
  step: number;
  iteration?: number;
  name: string;
  operation: string;
  /** Set when the case marks the step `inferred`: S3's behaviour there is an inference, and why. */
  inferred?: string;
  /** The step's expectation with the run's values filled in; absent means "succeeds". */
  expected?: Expectation;
  /** The answer as the runner read it, which `evidence` checks `expected` against again. */
  response: StepResponse;
  /** The runner's diff at the time (empty when the step held). */
  mismatches: Mismatch[];
  exchanges: RecordedExchange[];
}

/**
 * A recording's `run.json`: where and when it was made, by which runner and fixture set, and whether any
 * answer could have come from an in-process interceptor instead of the network.
 *
 * @internal
 */
export interface RecordingMeta {
  format: "s3-inventory-recording/1";
  runner: { name: string; version: string };
  fixtureSet: { name: string; version: string };
  runId: string;
  startedAt: string;
  endedAt?: string;
  target: string;
  /** The endpoint URL, or S3's regional URL for --target aws. */
  endpoint: string;
  endpointHost: string;
  region: string;
  addressing: "path-style" | "virtual-hosted";
  client: string;
  /**
   * True when requests could be answered in process (the msw target, or an msw/interceptors request
   * interceptor active in the process): such a recording observed no real service.
   */
  intercepted: boolean;
  interceptedBecause?: string;
}
