import { readFile } from "node:fs/promises";
import { ConfigurationError } from "@s3-inventory/cli-kit";
import { type ConformanceCase, caseEvidence } from "@s3-inventory/fixtures";
import type { InventoryMockOptions } from "@s3-inventory/mock";
import { isCredentialErrorCode } from "@s3-inventory/model";
import { loadValidatedCases } from "../cases/load-validated-cases.js";
import { selectCases } from "../cases/select-cases.js";
import { shardCases } from "../cases/shard-cases.js";
import { redactConfig } from "../config/redact-config.js";
import type { RunConfig } from "../config/run-config.js";
import { runnerVersion } from "../config/runner-version.js";
import type { Driver } from "../drivers/driver.js";
import { createOurClientDriver } from "../drivers/our-client-driver.js";
import { sendRawRequest } from "../drivers/raw-http-request.js";
import { createSdkDriver } from "../drivers/sdk-driver.js";
import { createRunId } from "../execution/run-id.js";
import { runSuite } from "../execution/run-suite.js";
import { applyExpectedFailures } from "../expected-failures/apply-expected-failures.js";
import { type ExpectedFailure, readExpectedFailures } from "../expected-failures/read-expected-failures.js";
import { describeRun } from "../identity/describe-run.js";
import { interceptionIn } from "../record/interception.js";
import type { RecordingMeta } from "../record/recorded-step.js";
import { openRecorder } from "../record/recorder.js";
import { createConsoleReporter } from "../reporters/console-reporter.js";
import { createFileReporters } from "../reporters/create-file-reporters.js";
import { formatEvidence } from "../reporters/format-evidence.js";
import { prepareOutputDirectory } from "../reporters/prepare-output-directory.js";
import { buildRunReport, type RunReport } from "../reporters/run-report.js";
import { createRedactor, type Redactor } from "../reporters/secret-redactor.js";
import { openTarget } from "../targets/open-target.js";
import { notS3Because } from "../targets/recognise-s3-answer.js";
import type { Target } from "../targets/target.js";
import { describePartialSelection, isWholeSet, type RunSelection } from "../verdict/run-selection.js";
import { selectionOfRun } from "../verdict/selection-of-run.js";
import { nextSteps } from "./next-steps.js";

/**
 * Where a run writes, and what stops it.
 *
 * @example
 * ```ts
 * const io: RunIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
 * ```
 * @public
 */
export interface RunIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Aborting it is an interrupt (the CLI wires SIGINT here): cases stop between steps and clean up. */
  signal?: AbortSignal;
  /** Options of the embedded or msw mock (benchmarks inject latency this way). */
  mockOptions?: InventoryMockOptions;
}

/**
 * A finished run: its exit code and, unless it only listed cases, its report.
 *
 * @example
 * ```ts
 * declare const config: RunConfig, io: RunIo;
 * const { exitCode, report }: RunOutcome = await runConformance(config, io);
 * ```
 * @public
 */
export interface RunOutcome {
  exitCode: 0 | 1;
  report?: RunReport;
}

/**
 * Runs the conformance suite as configured and reports it. Throws `ConfigurationError` for bad usage or
 * configuration (exit 2); every case outcome, including runner errors inside a case, is in the report.
 *
 * @example
 * ```ts
 * declare const config: RunConfig;
 * const { exitCode, report } = await runConformance(config, { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
 * ```
 * @public
 */
export async function runConformance(config: RunConfig, io: RunIo): Promise<RunOutcome> {
  const fixtures = await loadValidatedCases(config.casesDir);
  const { cases: allCases, version: fixturesVersion } = fixtures;
  const cases = shardCases(selectCases(allCases, config.selection), config.shard);
  // Against the published set, never the folder given with --cases: only the published set certifies.
  const published =
    config.casesDir === undefined ? allCases.length : (await loadValidatedCases(undefined)).cases.length;
  const selection = selectionOfRun(config, cases.length, published);
  if (config.list) {
    for (const c of cases)
      io.stdout(
        `${c.id}  [${c.severity}] (${c.tags.join(", ")})  ${c.title}\n    evidence: ${formatEvidence(caseEvidence(c))}\n`,
      );
    io.stdout(
      `${cases.length} case(s)${isWholeSet(selection) ? "" : ` (${describePartialSelection(selection)})`}\n`,
    );
    return { exitCode: 0 };
  }
  const declared =
    config.expectedFailures === undefined
      ? []
      : await readExpectedFailures(
          config.expectedFailures,
          allCases.map((c) => c.id),
        );
  // Before the target opens: a folder the reports cannot go to must not cost a whole run.
  if (config.reporters.some((name) => name !== "console")) await prepareOutputDirectory(config.outputDir);
  const ca = config.caFile === undefined ? undefined : await readCa(config.caFile);
  const target = await openTarget({
    kind: config.target,
    ...(config.endpoint !== undefined ? { endpoint: config.endpoint } : {}),
    ...(config.endpointFrom !== undefined ? { endpointFrom: config.endpointFrom } : {}),
    region: config.region,
    ...(config.profile !== undefined ? { profile: config.profile } : {}),
    pathStyle: config.pathStyle,
    tls: { rejectUnauthorized: !config.insecure, ...(ca === undefined ? {} : { ca }) },
    ...(config.accountId !== undefined ? { accountId: config.accountId } : {}),
    requestTimeoutMs: config.requestTimeoutMs,
    maxResponseBytes: config.maxResponseBytes,
    ...(io.mockOptions ? { mockOptions: io.mockOptions } : {}),
  });
  const redact = createRedactor(target.settings.credentials);
  // Every byte the run writes passes the redactor: stdout, stderr, report files, and the one-line error of
  // a run that stops (an endpoint may echo the Authorization header or the session token in its <Message>).
  const redactedIo = {
    ...io,
    stdout: (t: string) => io.stdout(redact(t)),
    stderr: (t: string) => io.stderr(redact(t)),
  };
  let driver: Driver | undefined;
  try {
    driver =
      config.client === "sdk" ? createSdkDriver(target.settings) : createOurClientDriver(target.settings);
    const runId = createRunId();
    await preflight(target, runId, io.signal);
    if (config.bucket !== undefined) await checkUserBucket(target, config.bucket, io.signal);
    const run = { target, driver, runId, cases, fixturesVersion, selection, fixtures, declared };
    return await runAndReport(config, redactedIo, run, redact);
  } catch (error) {
    if (error instanceof Error) error.message = redact(error.message);
    throw error;
  } finally {
    driver?.close();
    await target.close();
  }
}

/** What one run is made of, once the target is open. */
interface PreparedRun {
  target: Target;
  driver: Driver;
  runId: string;
  cases: ConformanceCase[];
  fixturesVersion: string;
  selection: RunSelection;
  fixtures: { version: string; directory: string };
  declared: ExpectedFailure[];
}

async function runAndReport(
  config: RunConfig,
  io: RunIo,
  run: PreparedRun,
  redact: Redactor,
): Promise<RunOutcome> {
  const { target, driver, runId, cases, fixturesVersion, selection } = run;
  const startedAt = new Date().toISOString();
  const identity = await describeRun(config, target, run.fixtures, startedAt);
  const consoleReporters = config.reporters.includes("console")
    ? [createConsoleReporter(io.stdout, { color: config.color })]
    : [];
  const written: string[] = [];
  const fileReporters = createFileReporters(config.reporters, config.outputDir, redact, written);
  const reporters = [...consoleReporters, ...fileReporters];
  const start = { total: cases.length, target: target.description, client: driver.client, runId, selection };
  for (const reporter of reporters) reporter.onRunStart?.(start);
  const needingAccount = cases.filter((c) => c.needs?.includes("accountId")).length;
  if (target.accountId === undefined && needingAccount > 0)
    io.stdout(
      `note: the caller's account id is unknown (${target.accountIdSource}): pass --account-id with your 12-digit id to run the ${needingAccount} case(s) that need it\n`,
    );
  let finished = 0;
  const recorder =
    config.recordDir === undefined
      ? undefined
      : await openRecorder(config.recordDir, recordingMeta(run, startedAt), redact);
  const outcome = await runSuite(cases, {
    ...(recorder === undefined ? {} : { recorder }),
    driver,
    settings: target.settings,
    runId,
    accountId: target.accountId,
    userBucket: config.bucket,
    mayCreateBuckets: config.bucket === undefined || config.allowBucketCreation,
    keep: config.keep,
    timeoutMs: config.timeoutMs,
    timeoutOverridesCases: config.timeoutOverridesCases,
    cleanupTimeoutMs: config.cleanupTimeoutMs,
    ...(io.signal ? { cleanupSignal: interruptedCleanupDeadline(io.signal) } : {}),
    bulkConcurrency: target.kind === "aws" || target.kind === "endpoint" ? 8 : 16,
    concurrency: config.concurrency,
    bail: config.bail,
    signal: io.signal ?? new AbortController().signal,
    onCaseEnd: (result) => {
      finished += 1;
      for (const reporter of reporters) reporter.onCaseEnd?.(result, finished, cases.length);
    },
  });
  if (recorder !== undefined) {
    const why = interceptionIn(target.kind);
    const path = await recorder.close({
      endedAt: new Date().toISOString(),
      ...(why === undefined ? {} : { intercepted: true, interceptedBecause: why }),
    });
    io.stdout(`recorded every step in ${path} (read it with: s3-inventory-conformance evidence ${path})\n`);
  }
  const report = buildRunReport(
    {
      runner: { name: "@s3-inventory/conformance", version: runnerVersion() },
      fixtureSet: { name: "@s3-inventory/fixtures", version: fixturesVersion },
      runId,
      identity: { ...identity, endedAt: new Date().toISOString() },
      startedAt,
      target: target.description,
      client: driver.client,
      config: { ...redactConfig(config), accountIdSource: target.accountIdSource },
    },
    applyExpectedFailures(outcome.results, run.declared),
    outcome.durationMs,
    outcome.interrupted,
    { allowSkipped: config.allowSkipped, selection, strictExpected: config.strictExpected === true },
  );
  // Report files first, the console (whose last line is the verdict) after: a verdict is never printed
  // for a run whose reports then fail to be written (that failure is one line and exit 2 instead).
  for (const reporter of [...fileReporters, ...consoleReporters]) {
    const path = await reporter.onRunEnd(report);
    if (path) written.push(path);
    if (path) io.stdout(`wrote ${path}\n`);
  }
  // The demo run (pnpm start) ends by saying where its reports are and how to certify a real endpoint.
  if (target.kind === "embedded" && written.length > 0) io.stdout(nextSteps(config.outputDir, written));
  return { exitCode: report.exitCode, report };
}

// run.json of a recording: where, when, with what, and whether anything could have answered in process.
function recordingMeta(run: PreparedRun, startedAt: string): RecordingMeta {
  const { target, driver, runId, fixturesVersion } = run;
  const endpoint = target.settings.endpoint ?? `https://s3.${target.settings.region}.amazonaws.com`;
  const why = interceptionIn(target.kind);
  return {
    format: "s3-inventory-recording/1",
    runner: { name: "@s3-inventory/conformance", version: runnerVersion() },
    fixtureSet: { name: "@s3-inventory/fixtures", version: fixturesVersion },
    runId,
    startedAt,
    target: target.kind,
    endpoint,
    endpointHost: new URL(endpoint).host,
    region: target.settings.region,
    addressing: target.settings.forcePathStyle ? "path-style" : "virtual-hosted",
    client: driver.client,
    intercepted: why !== undefined,
    ...(why === undefined ? {} : { interceptedBecause: why }),
  };
}

/** How long an interrupted run's cleanups may take, in total, before the reports are written. @internal */
export const INTERRUPTED_CLEANUP_MS = 2_500;

// Aborted INTERRUPTED_CLEANUP_MS after the interrupt: cleanups stop there and list what they left, so an
// interrupted run writes its reports and exits within 5 s whatever the endpoint does.
function interruptedCleanupDeadline(interrupt: AbortSignal): AbortSignal {
  const controller = new AbortController();
  interrupt.addEventListener(
    "abort",
    () => {
      setTimeout(
        () =>
          controller.abort(
            new Error(`the run was interrupted; cleanup stopped after ${INTERRUPTED_CLEANUP_MS} ms`),
          ),
        INTERRUPTED_CLEANUP_MS,
      ).unref();
    },
    { once: true },
  );
  return controller.signal;
}

async function readCa(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw new ConfigurationError(`--ca-file ${path} cannot be read`);
  }
}

// Credential problems S3 reports before looking at the request (S3 API reference, "Error responses").
// One read-only request first (a LIST on a bucket name of this run's, which does not exist), so that an
// unreachable endpoint or refused credentials are one configuration error (exit 2), not every case erroring.
// An answer that is not S3's (an HTML page, a success, no error document) is one line too; any S3 error
// document, 404 NoSuchBucket or 501 included, lets the run go on.
async function preflight(target: Target, runId: string, signal: AbortSignal | undefined): Promise<void> {
  let response: Awaited<ReturnType<typeof sendRawRequest>>;
  try {
    // Its own bound: one exchange, --request-timeout from connect to the last byte.
    response = await sendRawRequest(
      target.settings,
      { method: "GET", bucket: `${runId}-preflight`, query: { inventory: "" } },
      signal,
    );
  } catch (error) {
    // Interrupted before any case: no verdict on the endpoint; the run reports every case as not run.
    if (signal?.aborted) return;
    throw new ConfigurationError(
      `cannot reach ${target.description}: ${(error as Error).message} (check the URL, TLS options and network)`,
    );
  }
  const notS3 = notS3Because(response);
  if (notS3 !== undefined)
    throw new ConfigurationError(
      `${target.description} is not an S3 endpoint: asked for the inventory configurations of a bucket that does not exist, ${notS3} (check the URL: host, port and path)`,
    );
  if (response.error && isCredentialErrorCode(response.error.code)) {
    throw new ConfigurationError(
      `${target.description} refused the credentials: ${response.error.code}${response.error.message ? ` (${response.error.message})` : ""}`,
    );
  }
}

// A user's bucket must exist and be reachable before anything runs; the check only reads (HEAD).
async function checkUserBucket(
  target: Target,
  bucket: string,
  signal: AbortSignal | undefined,
): Promise<void> {
  let response: Awaited<ReturnType<typeof sendRawRequest>>;
  try {
    response = await sendRawRequest(target.settings, { method: "HEAD", bucket, query: {} }, signal);
  } catch (error) {
    // Interrupted before any case: the run reports every case as not run.
    if (signal?.aborted) return;
    throw error;
  }
  if (response.status !== 200) {
    throw new ConfigurationError(
      `--bucket ${bucket} cannot be used: HEAD answered ${response.status} (does it exist, in ${target.settings.region}, with these credentials?)`,
    );
  }
}
