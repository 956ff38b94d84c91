import type { Expectation } from "@s3-inventory/fixtures";
import type { StepResponse } from "../drivers/step-response.js";
import { matchValue } from "./match-value.js";
import type { Mismatch } from "./mismatch.js";

/**
 * The verdict on one response: its mismatches, and the accepted alternative status if one was used.
 *
 * @internal
 */
export interface ExpectationVerdict {
  mismatches: Mismatch[];
  /** Set when the status was in the permitted list but not its first (preferred) entry. */
  acceptedAlternative?: string;
}

/**
 * Checks a response against a step's expectation (placeholders already expanded). Without `error` the step
 * must succeed with a 2xx; with `error` it must fail with that code (and message, fields) and a 4xx/5xx.
 *
 * @internal
 */
export function checkExpectation(
  expect: Expectation | undefined,
  response: StepResponse,
): ExpectationVerdict {
  const mismatches: Mismatch[] = [];
  const verdict: ExpectationVerdict = { mismatches };
  const expected = expect ?? {};

  if (Array.isArray(expected.status)) {
    if (!expected.status.includes(response.status)) {
      mismatches.push({
        path: "status",
        expected: expected.status,
        actual: response.status,
        reason: "not a permitted status",
      });
    } else if (response.status !== expected.status[0]) {
      verdict.acceptedAlternative = `status ${response.status} (S3 prefers ${expected.status[0]})`;
    }
  } else if (expected.status !== undefined && expected.status !== response.status) {
    mismatches.push({ path: "status", expected: expected.status, actual: response.status });
  }

  if (expected.error === undefined) {
    if (response.error || response.status >= 300) {
      mismatches.push({
        path: "error",
        expected: "success",
        actual: response.error ? describeError(response) : `status ${response.status}`,
        reason: "expected the request to succeed",
      });
    }
  } else if (!response.error) {
    mismatches.push({
      path: "error.code",
      expected: expected.error.code,
      actual: `success (status ${response.status})`,
      reason: "expected an error",
    });
  } else {
    const actual = response.error;
    if (actual.code !== expected.error.code) {
      mismatches.push({ path: "error.code", expected: expected.error.code, actual: actual.code });
    }
    if (expected.error.message !== undefined && actual.message !== expected.error.message) {
      mismatches.push({ path: "error.message", expected: expected.error.message, actual: actual.message });
    }
    if (expected.error.messagePattern !== undefined) {
      mismatches.push(
        ...matchValue({ $match: expected.error.messagePattern }, actual.message, "error.message", "subset"),
      );
    }
    if (expected.error.fields) {
      mismatches.push(...matchValue(expected.error.fields, actual.fields, "error", "subset"));
    }
  }

  if (expected.output) {
    const [mode, value] =
      "equals" in expected.output
        ? (["equals", expected.output.equals] as const)
        : (["subset", expected.output.subset] as const);
    mismatches.push(...matchValue(value, response.output, "output", mode));
  }
  if (expected.headers)
    mismatches.push(...matchValue(expected.headers, response.headers, "headers", "subset"));
  if (expected.rootNamespace !== undefined && response.rootNamespace !== expected.rootNamespace) {
    mismatches.push({
      path: "rootNamespace",
      expected: expected.rootNamespace,
      actual: response.rootNamespace,
      ...(response.rootNamespace === undefined
        ? { reason: "no XML body was read raw (empty or not XML)" }
        : expected.rootNamespace === null
          ? { reason: "expected a root element in no namespace" }
          : {}),
    });
  }
  for (const name of expected.forbidHeaders ?? []) {
    if (response.headers[name] !== undefined) {
      mismatches.push({
        path: `headers.${name}`,
        expected: undefined,
        actual: response.headers[name],
        reason: "forbidden header",
      });
    }
  }
  return verdict;
}

function describeError(response: StepResponse): string {
  const error = response.error;
  return `${response.status} ${error?.code}${error?.message ? `: ${error.message}` : ""}`;
}
