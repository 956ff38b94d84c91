import { checkExpectation } from "../assertions/check-expectation.js";
import type { Mismatch } from "../assertions/mismatch.js";
import type { RecordedStep } from "../record/recorded-step.js";

/**
 * What one recorded step says about the evidence behind it. `documented-contradicted` matters most: a
 * recording, documentation or seed fact the real service did not hold to.
 *
 * @internal
 */
export type FindingKind =
  | "documented-contradicted"
  | "inference-contradicted"
  | "inference-confirmed"
  | "documented-held";

/**
 * One step of one case (all iterations of a repeat step together) and what its recording shows.
 *
 * @internal
 */
export interface StepFinding {
  kind: FindingKind;
  case: string;
  step: number;
  name: string;
  operation: string;
  /** The answer, "204" or "404 NoSuchConfiguration". */
  answered: string;
  /** The expectation checked again against the recorded answer: empty when it held. */
  diff: Mismatch[];
  /** The (first contradicting, else first) recorded line of the step. */
  line: RecordedStep;
}

/**
 * Judges recorded steps: the expectation is checked again against the recorded answer (not taken from the
 * runner's verdict), and the step's evidence decides what the result means.
 *
 * @internal
 */
export function createJudge(): { add(line: RecordedStep): void; findings(): StepFinding[] } {
  const byStep = new Map<string, StepFinding>();
  return {
    add(line) {
      const diff = checkExpectation(line.expected, line.response).mismatches;
      const inference = line.evidence.kind === "inference" || line.inferred !== undefined;
      const held = diff.length === 0;
      const kind: FindingKind = inference
        ? held
          ? "inference-confirmed"
          : "inference-contradicted"
        : held
          ? "documented-held"
          : "documented-contradicted";
      const key = `${line.case}\u0000${line.step}`;
      const seen = byStep.get(key);
      // A repeat step holds only if every iteration held; the first contradiction is kept.
      if (seen !== undefined && (seen.diff.length > 0 || held)) return;
      byStep.set(key, {
        kind,
        case: line.case,
        step: line.step,
        name: line.name,
        operation: line.operation,
        answered: answerOf(line),
        diff,
        line,
      });
    },
    findings: () => [...byStep.values()],
  };
}

function answerOf(line: RecordedStep): string {
  const { status, error } = line.response;
  return error === undefined ? String(status) : `${status} ${error.code}`;
}
