import type { ConformanceCase, HttpStep, OperationStep } from "@s3-inventory/fixtures";
import { expandCaseValue } from "../execution/case-context.js";
import { runStep, type StepEnvironment, type StepOutcome } from "../execution/run-step.js";
import type { Recorder } from "./recorder.js";
import { collectExchanges } from "./step-recording.js";

/**
 * Where a step sits, for its line in the recording.
 *
 * @internal
 */
export interface StepInCase {
  number: number;
  name: string;
  operation: string;
  iteration?: number;
  inferred?: string;
}

/**
 * Runs a step as `runStep` does and, with a recorder, writes its line: the expectation with the run's values,
 * the answer as read, the diff, and every HTTP exchange the step made.
 *
 * @internal
 */
export async function runRecordedStep(
  recorder: Recorder | undefined,
  conformanceCase: ConformanceCase,
  step: OperationStep | HttpStep,
  place: StepInCase,
  env: StepEnvironment,
  vars: ReadonlyMap<string, number>,
): Promise<StepOutcome> {
  if (recorder === undefined) return runStep(step, env, vars);
  const { value: outcome, exchanges } = await collectExchanges(() => runStep(step, env, vars));
  recorder.step({
    case: conformanceCase.id,
    title: conformanceCase.title,
    severity: conformanceCase.severity,
    evidence: { kind: conformanceCase.provenance.kind, source: conformanceCase.provenance.source },
    step: place.number,
    ...(place.iteration === undefined ? {} : { iteration: place.iteration }),
    name: place.name,
    operation: place.operation,
    ...(place.inferred === undefined ? {} : { inferred: place.inferred }),
    ...(step.expect === undefined ? {} : { expected: expandCaseValue(step.expect, env.context, vars) }),
    response: outcome.response,
    mismatches: outcome.verdict.mismatches,
    exchanges,
  });
  return outcome;
}
