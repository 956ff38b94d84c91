import { type HttpStep, isHttpStep, type OperationStep } from "@s3-inventory/fixtures";
import { requestUriParts, S3_OPERATIONS, type S3Operation } from "@s3-inventory/model";
import { checkExpectation, type ExpectationVerdict } from "../assertions/check-expectation.js";
import type { ConnectionSettings } from "../drivers/connection-settings.js";
import type { Driver } from "../drivers/driver.js";
import { sendRawRequest } from "../drivers/raw-http-request.js";
import type { StepResponse } from "../drivers/step-response.js";
import { type CaseContext, expandCaseValue } from "./case-context.js";
import type { CaseResources } from "./case-resources.js";
import { reproduceOperation, reproduceRawRequest } from "./reproduce-step.js";

/**
 * What one step produced.
 *
 * @internal
 */
export interface StepOutcome {
  response: StepResponse;
  verdict: ExpectationVerdict;
  /** One-line summary of the request, without secrets (no headers, no body). */
  request: string;
  /** True when the request carried a signature (501 then means "not implemented", not "unauthenticated"). */
  signed: boolean;
  /** A command that sends the same request again (aws-cli or curl), built only when a failure needs it. */
  reproduce: () => string;
}

/**
 * What a step needs from the run.
 *
 * @internal
 */
export interface StepEnvironment {
  driver: Driver;
  settings: ConnectionSettings;
  context: CaseContext;
  resources: CaseResources;
  /** The case's timeout or an interrupt: stops the step's exchange at once. */
  signal: AbortSignal;
}

/**
 * Expands, guards, sends and checks one operation or http step.
 *
 * @internal
 */
export async function runStep(
  step: OperationStep | HttpStep,
  env: StepEnvironment,
  vars: ReadonlyMap<string, number>,
): Promise<StepOutcome> {
  const expect = step.expect === undefined ? undefined : expandCaseValue(step.expect, env.context, vars);
  if (isHttpStep(step)) {
    const request = expandCaseValue(step.http, env.context, vars);
    env.resources.guard({
      method: request.method,
      bucket: request.bucket,
      inventory: "inventory" in request.query,
      id: request.query.id,
    });
    const response = await sendRawRequest(env.settings, request, env.signal);
    const query = Object.entries(request.query)
      .map(([k, v]) => (v === "" ? k : `${k}=${v}`))
      .join("&");
    const signed = request.signed !== false;
    return {
      response,
      verdict: checkExpectation(expect, response),
      request: `${request.method} ${request.bucket}?${query}${signed ? "" : " (unsigned)"}`,
      signed,
      reproduce: () => reproduceRawRequest(env.settings, request),
    };
  }
  const call = expandStepInput(step, env.context, vars);
  const { input } = call;
  const operation = S3_OPERATIONS[call.operation];
  env.resources.guard({
    method: operation.http.method,
    bucket: input.Bucket,
    inventory: requestUriParts(operation).selectors.length > 0,
    id: "Id" in input ? input.Id : undefined,
  });
  const response = await env.driver.send(call, env.signal);
  return {
    response,
    verdict: checkExpectation(expect, response),
    request: describeOperationRequest(operation, input),
    signed: true,
    reproduce: () => reproduceOperation(env.settings, operation, input),
  };
}

// Generic in the step, so the expanded input stays paired with its operation (a driver's `switch` relies on it).
function expandStepInput<S extends OperationStep>(
  step: S,
  context: CaseContext,
  vars: ReadonlyMap<string, number>,
): S {
  return { ...step, input: expandCaseValue(step.input, context, vars) };
}

/**
 * One line naming the operation and its bucket, query and header members (never the payload), for reports.
 * @internal
 */
export function describeOperationRequest(operation: S3Operation, input: object): string {
  const values = new Map(Object.entries(input));
  const detail = Object.entries(operation.input)
    .filter(([member, { binding }]) => binding.in !== "payload" && values.get(member) !== undefined)
    .map(([member]) => `${member}=${String(values.get(member))}`);
  return [operation.name, ...detail].join(" ");
}

/**
 * One line saying what came back, for reports.
 *
 * @internal
 */
export function describeResponse(response: StepResponse): string {
  if (!response.error) return String(response.status);
  return `${response.status} ${response.error.code}${response.error.message ? `: ${response.error.message}` : ""}`;
}

/**
 * Reads a dotted path (`InventoryConfigurationList.0.Id`) out of a step's output, for `save`.
 *
 * @internal
 */
export function readPath(output: unknown, path: string): string | undefined {
  let value: unknown = output;
  for (const part of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value === undefined || value === null ? undefined : String(value);
}
