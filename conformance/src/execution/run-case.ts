import {
  type ConformanceCase,
  type HttpStep,
  isCertifyingStep,
  isRepeatStep,
  type OperationStep,
  type Step,
  stepEvidence,
} from "@s3-inventory/fixtures";
import type { ConnectionSettings } from "../drivers/connection-settings.js";
import type { Driver } from "../drivers/driver.js";
import { NoCompleteAnswerError } from "../errors/no-complete-answer-error.js";
import { runRecordedStep, type StepInCase } from "../record/record-step.js";
import type { Recorder } from "../record/recorder.js";
import type { CaseContext } from "./case-context.js";
import { CaseResources } from "./case-resources.js";
import { type CaseResult, type CaseStatus, caseIdentity, type StepFailure } from "./case-result.js";
import { caseBucketName } from "./run-id.js";
import { describeResponse, readPath, type StepEnvironment, type StepOutcome } from "./run-step.js";
import { runWithConcurrency } from "./run-with-concurrency.js";
import { isSetupStep, isWriteStep, stepOperation } from "./step-operation.js";

/**
 * What the run gives each case.
 *
 * @internal
 */
export interface CaseRunOptions {
  driver: Driver;
  settings: ConnectionSettings;
  runId: string;
  /** 1-based position of the case in the run: namespaces its bucket and ids. */
  caseNumber: number;
  accountId: string | undefined;
  /** `--bucket NAME`: cases that need no empty bucket run there, with run-namespaced ids. */
  userBucket: string | undefined;
  mayCreateBuckets: boolean;
  keep: boolean;
  /** The case's bound, setup and steps included (a case's own `timeoutMs` wins unless overridden). */
  timeoutMs: number;
  /** `--timeout` was given: `timeoutMs` bounds every case, whatever its own timeout. */
  timeoutOverridesCases?: boolean;
  /** The cleanup's own bound, after the case. */
  cleanupTimeoutMs: number;
  /** Iterations of a repeat step in flight at once. */
  bulkConcurrency: number;
  /** Aborted on SIGINT or --bail: the case stops at once (its exchange too), then cleans up. */
  signal: AbortSignal;
  /** Aborted when an interrupted run must end: cleanup stops there and lists what it left. */
  cleanupSignal?: AbortSignal;
  /** `--record DIR`: every step's exchanges are written here. */
  recorder?: Recorder;
}

interface Verdict {
  status: CaseStatus;
  reason?: string;
  failures: StepFailure[];
  acceptedAlternatives: string[];
}

/**
 * Runs one case from setup to cleanup and never throws: every outcome, including the runner's own errors,
 * becomes a `CaseResult`. Cleanup always runs (after failures, timeouts and interrupts too) and its failure
 * is reported in `cleanup`, never as the case's failure.
 *
 * @internal
 */
export async function runCase(
  conformanceCase: ConformanceCase,
  options: CaseRunOptions,
): Promise<CaseResult> {
  const started = performance.now();
  const base = caseIdentity(conformanceCase);
  const skipReason = unmetNeed(conformanceCase, options);
  if (skipReason)
    return {
      ...base,
      status: "skipped",
      reason: skipReason,
      durationMs: 0,
      failures: [],
      cleanup: { status: "nothing" },
    };

  const needsOwnBucket = options.userBucket === undefined || needsBucketCreation(conformanceCase);
  const bucket = needsOwnBucket
    ? caseBucketName(options.runId, options.caseNumber)
    : (options.userBucket as string);
  const idPrefix = needsOwnBucket ? "" : `${options.runId}-${options.caseNumber}-`;
  const missingBucket = caseBucketName(options.runId, options.caseNumber, "-missing");
  // `${otherBucket}`: a second bucket of the case's own, for what belongs to one bucket only.
  const otherBucket = conformanceCase.needs?.includes("secondBucket")
    ? caseBucketName(options.runId, options.caseNumber, "-other")
    : undefined;
  const resources = new CaseResources(options.settings, { idPrefix, keep: options.keep, missingBucket });
  const context: CaseContext = {
    bucket,
    ownsBucket: needsOwnBucket,
    idPrefix,
    region: options.settings.region,
    accountId: options.accountId,
    destinationBucket: bucket,
    missingBucket,
    otherBucket,
    runId: options.runId,
    saved: new Map(),
  };
  const timeoutMs = options.timeoutOverridesCases
    ? options.timeoutMs
    : (conformanceCase.timeoutMs ?? options.timeoutMs);
  // The deadline covers setup and every step: it stops the exchange in flight, not only the next step.
  const timeout = deadline(timeoutMs, () => new NoCompleteAnswerError(timeoutMs, "the case's timeout"));
  const signal = AbortSignal.any([timeout.signal, options.signal]);
  let verdict: Verdict;
  try {
    verdict = await untilAborted(signal, async () => {
      if (needsOwnBucket) await resources.createBucket(bucket, signal);
      if (otherBucket !== undefined) await resources.createBucket(otherBucket, signal);
      const env = { driver: options.driver, settings: options.settings, context, resources, signal };
      const send: SendStep = (step, place, vars) =>
        runRecordedStep(options.recorder, conformanceCase, step, place, env, vars);
      return runSteps(conformanceCase, env, options.bulkConcurrency, send);
    });
  } catch (error) {
    verdict = {
      status: "error",
      reason: signal.aborted ? stoppedReason(timeout.signal.aborted, timeoutMs) : (error as Error).message,
      failures: [],
      acceptedAlternatives: [],
    };
  } finally {
    timeout.clear();
  }
  const cleanupDeadline = deadline(
    options.cleanupTimeoutMs,
    () => new NoCompleteAnswerError(options.cleanupTimeoutMs, "the cleanup's timeout"),
  );
  const cleanup = await resources.cleanup(
    AbortSignal.any([cleanupDeadline.signal, ...(options.cleanupSignal ? [options.cleanupSignal] : [])]),
  );
  cleanupDeadline.clear();
  return {
    ...base,
    status: verdict.status,
    ...(verdict.reason ? { reason: verdict.reason } : {}),
    durationMs: Math.round(performance.now() - started),
    failures: verdict.failures,
    ...(verdict.status === "failed" && verdict.failures.every((f) => f.inferred !== undefined)
      ? { failedOnlyOnInferredSteps: true as const }
      : {}),
    ...(verdict.acceptedAlternatives.length > 0
      ? { acceptedAlternatives: verdict.acceptedAlternatives }
      : {}),
    cleanup,
  };
}

function unmetNeed(conformanceCase: ConformanceCase, options: CaseRunOptions): string | undefined {
  const needs = conformanceCase.needs ?? [];
  if (needs.includes("accountId") && options.accountId === undefined) {
    return "needs the caller's account id, which was not discovered: pass --account-id";
  }
  const needsBucket = needsBucketCreation(conformanceCase) || options.userBucket === undefined;
  if (needsBucket && !options.mayCreateBuckets) {
    return "needs a bucket of its own and the runner may not create buckets (--bucket without --allow-bucket-creation)";
  }
  return undefined;
}

// Every need but the account id (an empty bucket, a second bucket, bucket creation) means buckets of the
// case's own: the runner never empties or adds buckets next to a user's.
function needsBucketCreation(conformanceCase: ConformanceCase): boolean {
  return (conformanceCase.needs ?? []).some((need) => need !== "accountId");
}

function stoppedReason(timedOut: boolean, timeoutMs: number): string {
  return timedOut
    ? `no complete answer within ${timeoutMs} ms (the case's timeout, steps included)`
    : "interrupted before it finished";
}

/**
 * A timer that aborts its signal with `reason()` after `ms`; `clear()` when the bounded work is over.
 * Unref'd: the work it bounds keeps the process alive, the timer alone does not.
 */
function deadline(ms: number, reason: () => Error): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(reason()), ms).unref();
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/**
 * `work()`, or a rejection as soon as `signal` aborts: the bound holds even for a promise that ignores the
 * signal (the exchanges it started are aborted by the same signal and end on their own).
 */
function untilAborted<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work()
      .then(resolve, reject)
      .finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Sends one step (recording it under --record). */
type SendStep = (
  step: OperationStep | HttpStep,
  place: StepInCase,
  vars: ReadonlyMap<string, number>,
) => Promise<StepOutcome>;

async function runSteps(
  conformanceCase: ConformanceCase,
  env: StepEnvironment,
  bulkConcurrency: number,
  send: SendStep,
): Promise<Verdict> {
  const { signal } = env;
  const acceptedAlternatives: string[] = [];
  // Failures of steps resting on an inference (fixtures' isCertifyingStep): recorded, then the case goes on, so
  // the certifying steps after one are still checked and a report can say the endpoint differed only there.
  const inferredFailures: StepFailure[] = [];
  // The last write that took effect: a later failure is often its consequence (a DELETE that took the bucket).
  let lastWrite: string | undefined;
  const placeOf = (step: Step): StepPlace => ({
    operation: stepOperation(step),
    ...(lastWrite === undefined ? {} : { after: lastWrite }),
    ...(isSetupStep(step) ? { setup: true as const } : {}),
  });
  const failed = (failure: StepFailure): Verdict => ({
    status: "failed",
    failures: [...inferredFailures, failure],
    acceptedAlternatives,
  });
  for (const [index, step] of conformanceCase.steps.entries()) {
    const inferred = inferenceNote(conformanceCase, step);
    if (signal.aborted) throw signal.reason;
    const number = index + 1;
    if (isRepeatStep(step)) {
      const name = step.name ?? `repeat ${step.repeat.count} x ${stepLabel(step.repeat.step)}`;
      let firstBad: { outcome: StepOutcome; iteration: number } | undefined;
      // An iteration that throws stops the others from starting (none keeps writing behind the cleanup).
      let thrown: { error: unknown } | undefined;
      const iterations = Array.from({ length: step.repeat.count }, (_, i) => i);
      await runWithConcurrency(
        iterations,
        bulkConcurrency,
        async (iteration) => {
          try {
            const place = {
              number,
              name,
              operation: stepOperation(step),
              iteration,
              ...(inferred === undefined ? {} : { inferred }),
            };
            const outcome = await send(step.repeat.step, place, new Map([[step.repeat.var, iteration]]));
            if (!firstBad && (outcome.verdict.mismatches.length > 0 || isNotImplemented(outcome)))
              firstBad = { outcome, iteration };
          } catch (error) {
            thrown ??= { error };
          }
        },
        () => firstBad !== undefined || thrown !== undefined || signal.aborted,
      );
      if (thrown) throw thrown.error;
      if (firstBad) {
        const { outcome, iteration } = firstBad;
        if (isNotImplemented(outcome))
          return notImplementedVerdict(outcome, number, name, acceptedAlternatives, placeOf(step));
        const failure = stepFailure(outcome, number, name, inferred, placeOf(step), iteration);
        if (inferred === undefined) return failed(failure);
        inferredFailures.push(failure);
      }
      if (isWriteStep(step) && !firstBad && step.repeat.step.expect?.error === undefined)
        lastWrite = stepOperation(step);
      continue;
    }
    const name = step.name ?? stepLabel(step);
    const place = {
      number,
      name,
      operation: stepOperation(step),
      ...(inferred === undefined ? {} : { inferred }),
    };
    const outcome = await send(step, place, new Map());
    if (isNotImplemented(outcome))
      return notImplementedVerdict(outcome, number, name, acceptedAlternatives, placeOf(step));
    if (outcome.verdict.mismatches.length > 0) {
      const failure = stepFailure(outcome, number, name, inferred, placeOf(step));
      // A step that saves a value later steps need cannot be passed over, inferred or not.
      if (inferred === undefined || step.save !== undefined) return failed(failure);
      inferredFailures.push(failure);
      continue;
    }
    if (outcome.verdict.acceptedAlternative)
      acceptedAlternatives.push(`step ${number}: ${outcome.verdict.acceptedAlternative}`);
    // Only a write that took effect: a refused one (an expected 403) changed nothing.
    if (isWriteStep(step) && outcome.response.status < 300) lastWrite = stepOperation(step);
    for (const [key, path] of Object.entries(step.save ?? {})) {
      const value = readPath(outcome.response.output, path);
      if (value === undefined) {
        return failed({
          step: number,
          name,
          ...placeOf(step),
          request: outcome.request,
          response: describeResponse(outcome.response),
          mismatches: [{ path: `output.${path}`, expected: "a value to save", actual: undefined }],
        });
      }
      env.context.saved.set(key, value);
    }
  }
  if (inferredFailures.length > 0)
    return { status: "failed", failures: inferredFailures, acceptedAlternatives };
  return { status: "passed", failures: [], acceptedAlternatives };
}

// S3-compatible servers answer unsupported APIs with 501 NotImplemented after authenticating the request
// (Garage: deuxfleurs-org/garage doc/book/reference-manual/s3-compatibility.md; versitygw: versity/versitygw
// s3api/router.go): only a signed request's 501 says "not implemented".
function isNotImplemented(outcome: StepOutcome): boolean {
  return outcome.signed && outcome.response.status === 501 && outcome.verdict.mismatches.length > 0;
}

// For a step that cannot fail a certification (some evidence behind it is an inference): which entries, so a
// report says why the failure is not counted; undefined for a certifying step.
function inferenceNote(conformanceCase: ConformanceCase, step: Step): string | undefined {
  if (isCertifyingStep(conformanceCase, step)) return undefined;
  const inferences = stepEvidence(conformanceCase, step).filter((ref) => ref.kind === "inference");
  return `rests on an inference: ${inferences.map((ref) => `evidence:${ref.id}`).join(", ")}`;
}

/** Where a failed step sits in its case: its operation, the write before it, whether the case tests it. */
type StepPlace = Pick<StepFailure, "operation" | "after" | "setup">;

function stepFailure(
  outcome: StepOutcome,
  number: number,
  name: string,
  inferred: string | undefined,
  place: StepPlace,
  iteration?: number,
): StepFailure {
  return {
    step: number,
    name,
    ...place,
    ...(iteration === undefined ? {} : { iteration }),
    ...(inferred === undefined ? {} : { inferred }),
    request: outcome.request,
    response: describeResponse(outcome.response),
    mismatches: outcome.verdict.mismatches,
    reproduce: outcome.reproduce(),
  };
}

function notImplementedVerdict(
  outcome: StepOutcome,
  number: number,
  name: string,
  acceptedAlternatives: string[],
  place: StepPlace,
): Verdict {
  return {
    status: "not-implemented",
    reason:
      `step ${number} (${outcome.request}) was answered 501 ${outcome.response.error?.code ?? ""}`.trim(),
    failures: [stepFailure(outcome, number, name, undefined, place)],
    acceptedAlternatives,
  };
}

function stepLabel(step: Step): string {
  if ("operation" in step) return step.operation;
  if ("http" in step) return `${step.http.method} (raw)`;
  return "repeat";
}
