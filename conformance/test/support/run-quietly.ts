import { DEFAULT_ACCOUNT_ID, type InventoryMockOptions } from "@s3-inventory/mock";
import { parseArguments } from "../../src/cli/parse-arguments.js";
import { type RunOutcome, runConformance } from "../../src/cli/run-conformance.js";

/** Credentials for runs against `--endpoint` in tests: AWS's documented example keys, read from the environment. */
export const TEST_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
  AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
};

/**
 * Runs the runner in-process as the CLI would, collecting its console output instead of printing it.
 *
 * @example
 * const { report, output } = await runQuietly(["--client", "sdk"]);
 */
export async function runQuietly(
  argv: string[],
  extras: { signal?: AbortSignal; mockOptions?: InventoryMockOptions; env?: Record<string, string> } = {},
): Promise<RunOutcome & { output: string }> {
  Object.assign(process.env, TEST_CREDENTIALS, extras.env);
  const parsed = parseArguments(argv, process.env);
  if (parsed.kind !== "run") throw new Error("expected a run");
  const output: string[] = [];
  const outcome = await runConformance(parsed.config, {
    stdout: (text) => output.push(text),
    stderr: (text) => output.push(text),
    ...(extras.signal ? { signal: extras.signal } : {}),
    ...(extras.mockOptions ? { mockOptions: extras.mockOptions } : {}),
  });
  return { ...outcome, output: output.join("") };
}

/**
 * The ids of the cases that ended with `status`.
 *
 * @example
 * idsWith(report, "failed"); // ["put-status-204"]
 */
export function idsWith(outcome: RunOutcome, status: string): string[] {
  return (outcome.report?.cases ?? [])
    .filter((c) => c.status === status)
    .map((c) => c.id)
    .sort();
}

/**
 * The arguments of a run against a test endpoint: the mock's account, cases in parallel, plain output.
 *
 * @example
 * await runQuietly([...endpointArguments(server.url), "--grep", "^list-"]);
 */
export function endpointArguments(url: string): string[] {
  return ["--endpoint", url, "--account-id", DEFAULT_ACCOUNT_ID, "--concurrency", "8", "--no-color"];
}
