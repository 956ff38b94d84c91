import type { Mismatch } from "../assertions/mismatch.js";
import type { StepFailure } from "../execution/case-result.js";

/**
 * One line of minimal diff: `- status: expected 204, got 200`.
 *
 * @internal
 */
export function formatMismatch(mismatch: Mismatch): string {
  const got = mismatch.actual === undefined ? "nothing" : show(mismatch.actual);
  const reason = mismatch.reason ? ` (${mismatch.reason})` : "";
  if (mismatch.expected === undefined) return `${mismatch.path}: got ${got}${reason}`;
  return `${mismatch.path}: expected ${show(mismatch.expected)}, got ${got}${reason}`;
}

/**
 * The lines describing a failed step: what was sent (and, for a step marked `inferred`, why S3's behaviour
 * there is an inference), what came back, and the diff.
 *
 * @internal
 */
export function formatStepFailure(failure: StepFailure): string[] {
  const iteration = failure.iteration === undefined ? "" : ` (iteration ${failure.iteration})`;
  const inferred = failure.inferred === undefined ? "" : " [inferred step]";
  return [
    `step ${failure.step} "${failure.name}"${iteration}${inferred}: ${failure.request}`,
    ...(failure.inferred === undefined ? [] : [`why inferred: ${failure.inferred}`]),
    `answered: ${failure.response}`,
    ...failure.mismatches.slice(0, 10).map((m) => `- ${formatMismatch(m)}`),
    ...(failure.mismatches.length > 10 ? [`- … and ${failure.mismatches.length - 10} more differences`] : []),
    ...(failure.reproduce ? [`reproduce: ${shorten(failure.reproduce)}`] : []),
  ];
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

// Long bodies make the console unreadable; the full command is in results.json.
function shorten(command: string): string {
  return command.length > 400 ? `${command.slice(0, 400)}… (full command in results.json)` : command;
}
