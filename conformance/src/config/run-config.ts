import type { CaseSelection } from "../cases/select-cases.js";
import type { Shard } from "../cases/shard-cases.js";
import type { ClientName } from "../drivers/driver.js";
import type { Product } from "../identity/product.js";
import type { TargetKind } from "../targets/target.js";

/**
 * The report formats; `console` is always on, the others write files into `outputDir`.
 *
 * @example
 * ```ts
 * const reporters: ReporterName[] = ["console", "json", "junit"];
 * ```
 * @public
 */
export type ReporterName = "console" | "json" | "junit" | "markdown" | "html" | "badge" | "certificate";

/**
 * A run's configuration, as parsed from the command line and the environment.
 *
 * @example
 * ```ts
 * const config = parseArguments(["--target", "msw", "--tag", "list"], process.env);
 * ```
 * @public
 */
export interface RunConfig {
  target: TargetKind;
  endpoint?: string;
  /** Where the endpoint came from: `--endpoint`, `AWS_ENDPOINT_URL_S3` or `AWS_ENDPOINT_URL`. */
  endpointFrom?: string;
  region: string;
  profile?: string;
  pathStyle: boolean;
  insecure: boolean;
  caFile?: string;
  accountId?: string;
  client: ClientName;
  bucket?: string;
  allowBucketCreation: boolean;
  keep: boolean;
  selection: CaseSelection;
  list: boolean;
  concurrency: number;
  /** `--timeout`: a case from its first request to its last step (cleanup apart). */
  timeoutMs: number;
  /** `--timeout` was given: it bounds every case, those with a timeout of their own too. */
  timeoutOverridesCases: boolean;
  /** `--request-timeout`: one exchange, connect to last body byte (the preflight's bound too). */
  requestTimeoutMs: number;
  /** `--cleanup-timeout`: one case's cleanup. */
  cleanupTimeoutMs: number;
  /** `--max-response-bytes`: body bytes read at most from one answer. */
  maxResponseBytes: number;
  bail: boolean;
  /** `--allow-skipped`: a skipped required case does not fail the run (exit 0, verdict "partial"). */
  allowSkipped: boolean;
  reporters: ReporterName[];
  outputDir: string;
  /** `--record DIR`: write every step's request and answer, and the run's metadata, to DIR. */
  recordDir?: string;
  casesDir?: string;
  color: boolean;
  /** `--product "NAME VERSION"` and `--product-url`: what was tested, shown in every report. */
  product?: Product;
  /** `--expected-failures FILE`: declared deviations (JSON or YAML list of `{ id, reason, link? }`). */
  expectedFailures?: string;
  /** `--strict-expected`: an expected failure that now passes fails the run. */
  strictExpected?: boolean;
  /** `--shard I/N`: run only the I-th of N even, deterministic parts of the selection (1-based). */
  shard?: Shard;
  /** The arguments as given, for the reports' redacted command line. */
  commandLine?: string[];
}
