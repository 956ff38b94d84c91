import type { CaseResult, StepFailure } from "../execution/case-result.js";
import { countsAgainstCertification, failureMayFailCertification } from "../verdict/evidence-weight.js";

/**
 * One deviation of the endpoint and the cases it failed: a vendor fixes the deviation once and every case
 * in it clears.
 *
 * @internal
 */
export interface RootCause {
  /** Operation, then what it answered against what S3 answers: "PUT ?inventory -> 200 not 204". */
  signature: string;
  /** The cases whose first failure has this signature, in report order. */
  cases: string[];
  /** True when one of its cases counts against a certification (not only inferences or recommended cases). */
  counted: boolean;
}

/**
 * Groups failed and not-implemented cases by the signature of the failure that stopped them (the first one
 * backed by evidence, else the first): the same operation answering the same wrong thing is one deviation,
 * however many cases it fails. Largest groups first.
 *
 * @internal
 */
export function groupRootCauses(results: readonly CaseResult[]): RootCause[] {
  const groups = new Map<string, RootCause>();
  for (const result of results) {
    if (result.status !== "failed" && result.status !== "not-implemented") continue;
    const failure = decidingFailure(result);
    if (failure === undefined) continue;
    const signature = failureSignature(failure);
    const group = groups.get(signature) ?? { signature, cases: [], counted: false };
    group.cases.push(result.id);
    group.counted ||= countsAgainstCertification(result);
    groups.set(signature, group);
  }
  return [...groups.values()].sort((a, b) => b.cases.length - a.cases.length);
}

/**
 * "failed on a setup step: …" when the failure that decided the case is on a step the case needs but does
 * not test (a write it sets no expectation on); undefined otherwise.
 *
 * @internal
 */
export function setupStepNote(result: CaseResult): string | undefined {
  if (result.status !== "failed" && result.status !== "not-implemented") return undefined;
  const failure = decidingFailure(result);
  if (failure?.setup !== true) return undefined;
  return `failed on a setup step: step ${failure.step} "${failure.name}" (${failure.operation}) answered ${failure.response.split(":")[0]}, not what the case tests`;
}

// The failure that stopped the case: the first backed by evidence, else the first.
function decidingFailure(result: CaseResult): StepFailure | undefined {
  return result.failures.find((f) => failureMayFailCertification(result, f)) ?? result.failures[0];
}

/**
 * "1 deviation, 6 cases".
 *
 * @internal
 */
export function countRootCauses(causes: readonly RootCause[]): string {
  const cases = causes.reduce((sum, cause) => sum + cause.cases.length, 0);
  return `${plural(causes.length, "deviation")}, ${plural(cases, "case")}`;
}

/**
 * The signature of one failed step: "<operation> -> <answered> not <expected>", with nothing of the run in it
 * (no bucket names, no ids), so the same deviation reads the same in every case. An answer the step did not
 * expect that says a write before it did not hold is that write's doing: "<write> -> bucket gone" (a 404
 * NoSuchBucket, or a HEAD's bare 404), "PUT ?inventory -> configuration not kept" (a 404 NoSuchConfiguration
 * or an empty list after a PUT succeeded).
 *
 * @internal
 */
export function failureSignature(failure: StepFailure): string {
  const operation = failure.operation ?? failure.request.split(" ")[0] ?? "request";
  const answered = failure.response.split(":")[0] ?? failure.response;
  const expects = (code: string): boolean =>
    failure.mismatches.some((m) => JSON.stringify(m.expected)?.includes(code) === true);
  const first = failure.mismatches[0];
  const bucketGone =
    /^404 NoSuchBucket\b/.test(answered) || (operation === "HEAD bucket" && answered.startsWith("404"));
  if (bucketGone && !expects("NoSuchBucket") && failure.after !== undefined)
    return `${failure.after} -> bucket gone`;
  const emptyList = first?.path.endsWith("InventoryConfigurationList") === true && first.actual === undefined;
  const notKept =
    (/^404 NoSuchConfiguration\b/.test(answered) && !expects("NoSuchConfiguration")) || emptyList;
  if (notKept && failure.after === "PUT ?inventory") return "PUT ?inventory -> configuration not kept";
  if (/^501 NotImplemented\b/.test(answered)) return `${operation} -> 501 NotImplemented`;
  if (first === undefined) return `${operation} -> ${answered}`;
  if (first.path === "status" || first.path === "error")
    return `${operation} -> ${answered} not ${show(first.expected)}`;
  if (first.path === "error.code") return `${operation} -> ${show(first.actual)} not ${show(first.expected)}`;
  // Values of the body are shown only when short scalars; lists and documents hold the run's names.
  const path = first.path.replace(/\[\d+\]/g, "[]");
  if (first.actual === undefined) return `${operation} -> ${path} missing`;
  if (isShortScalar(first.expected) && isShortScalar(first.actual))
    return `${operation} -> ${path} ${show(first.actual)} not ${show(first.expected)}`;
  return `${operation} -> ${path} differs`;
}

function isShortScalar(value: unknown): boolean {
  if (typeof value === "boolean" || typeof value === "number") return true;
  return typeof value === "string" && value.length <= 40 && !/\d{4}|s3inv-/.test(value);
}

function show(value: unknown): string {
  if (Array.isArray(value)) return value.map(show).join(" or ");
  return typeof value === "string" ? value : String(JSON.stringify(value));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
