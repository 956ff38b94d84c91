import { ConfigurationError, parseCliArguments } from "@s3-inventory/cli-kit";
import { endpointFromEnvironment } from "@s3-inventory/client";
import { parseShard } from "../cases/shard-cases.js";
import type { ReporterName, RunConfig } from "../config/run-config.js";
import { parseProduct } from "../identity/product.js";
import type { TargetKind } from "../targets/target.js";

/**
 * What the command line asks for: a run, the help, or the version.
 *
 * @example
 * ```ts
 * const command: ParsedCommand = parseArguments(["--help"], {}); // { kind: "help" }
 * ```
 * @public
 */
export type ParsedCommand = { kind: "help" } | { kind: "version" } | { kind: "run"; config: RunConfig };

/** `--max-response-bytes` by default: 8 MiB, far above any inventory answer (a full page of 100 configurations is well under 1 MiB). @internal */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

const REPORTERS = new Set<ReporterName>([
  "console",
  "json",
  "junit",
  "markdown",
  "html",
  "badge",
  "certificate",
]);
const TARGETS = new Set<TargetKind>(["embedded", "msw", "aws", "endpoint"]);

/**
 * Parses argv and the environment into a validated `RunConfig`. Every mistake is a `ConfigurationError` whose
 * one-line message says what to fix.
 *
 * @example
 * ```ts
 * parseArguments(["--endpoint", "http://localhost:9000", "--reporter", "json"], {});
 * ```
 * @public
 */
export function parseArguments(argv: string[], env: Record<string, string | undefined>): ParsedCommand {
  const values = parseCliArguments(argv, OPTIONS);
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };

  // As the SDK: an explicit choice (--endpoint or --target) wins over AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL.
  const endpointFrom =
    values.endpoint !== undefined
      ? "--endpoint"
      : values.target === undefined && endpointFromEnvironment(env) !== undefined
        ? env.AWS_ENDPOINT_URL_S3
          ? "AWS_ENDPOINT_URL_S3"
          : "AWS_ENDPOINT_URL"
        : undefined;
  const endpoint = values.endpoint ?? (endpointFrom ? endpointFromEnvironment(env) : undefined);
  const target = (endpoint !== undefined ? "endpoint" : (values.target ?? "embedded")) as TargetKind;
  if (!TARGETS.has(target))
    throw new ConfigurationError(`--target must be embedded, msw or aws (got ${values.target})`);
  if (values.endpoint !== undefined && values.target !== undefined && values.target !== "endpoint") {
    throw new ConfigurationError(
      "--endpoint and --target cannot be combined: --endpoint already selects the target",
    );
  }
  if (endpoint !== undefined) checkUrl(endpoint, endpointFrom ?? "--endpoint");
  const region =
    values.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? (target === "aws" ? undefined : "us-east-1");
  if (region === undefined)
    throw new ConfigurationError("--target aws needs a region: pass --region or set AWS_REGION");
  if (!/^[a-z0-9-]{2,32}$/.test(region))
    throw new ConfigurationError(`--region ${region} is not a region name (e.g. us-east-1)`);
  if (values["path-style"] && values["virtual-hosted"])
    throw new ConfigurationError("choose one of --path-style and --virtual-hosted");
  if (values["account-id"] !== undefined && !/^\d{12}$/.test(values["account-id"])) {
    throw new ConfigurationError("--account-id must be 12 digits");
  }
  const client = values.client ?? "ours";
  if (client !== "ours" && client !== "sdk")
    throw new ConfigurationError(`--client must be ours or sdk (got ${client})`);
  if (values.bucket !== undefined && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(values.bucket)) {
    throw new ConfigurationError(`--bucket ${values.bucket} is not a valid bucket name`);
  }
  if (values["allow-bucket-creation"] && values.bucket === undefined) {
    throw new ConfigurationError(
      "--allow-bucket-creation only applies with --bucket (the runner creates buckets by default)",
    );
  }
  if (values["strict-expected"] && values["expected-failures"] === undefined)
    throw new ConfigurationError("--strict-expected only applies with --expected-failures FILE");
  if (values["product-url"] !== undefined && values.product === undefined)
    throw new ConfigurationError('--product-url needs --product "NAME VERSION"');
  if (values["ca-file"] !== undefined && values.insecure)
    throw new ConfigurationError("choose one of --ca-file and --insecure");
  const remote = target === "aws" || target === "endpoint";
  const reporters = splitList(values.reporter).map((name) => {
    if (!REPORTERS.has(name as ReporterName))
      throw new ConfigurationError(
        `--reporter ${name} is unknown: use ${[...REPORTERS].filter((r) => r !== "console").join(", ")}`,
      );
    return name as ReporterName;
  });
  return {
    kind: "run",
    config: {
      target,
      ...(endpoint !== undefined ? { endpoint, endpointFrom: endpointFrom ?? "--endpoint" } : {}),
      region,
      ...(values.profile !== undefined ? { profile: values.profile } : {}),
      pathStyle: values["path-style"] ?? (values["virtual-hosted"] ? false : target !== "aws"),
      insecure: values.insecure ?? false,
      ...(values["ca-file"] !== undefined ? { caFile: values["ca-file"] } : {}),
      ...(values["account-id"] !== undefined ? { accountId: values["account-id"] } : {}),
      client,
      ...(values.bucket !== undefined ? { bucket: values.bucket } : {}),
      allowBucketCreation: values["allow-bucket-creation"] ?? false,
      keep: values.keep ?? false,
      selection: {
        ...(values.grep !== undefined ? { grep: values.grep } : {}),
        tags: splitList(values.tag),
        excludeTags: splitList(values["exclude-tag"]),
      },
      list: values.list ?? false,
      concurrency: wholeNumber("--concurrency", values.concurrency, remote ? 4 : 8, 1, 64),
      timeoutMs: wholeNumber("--timeout", values.timeout, 60_000, 100, 3_600_000),
      requestTimeoutMs: wholeNumber("--request-timeout", values["request-timeout"], 30_000, 100, 600_000),
      timeoutOverridesCases: values.timeout !== undefined,
      cleanupTimeoutMs: wholeNumber("--cleanup-timeout", values["cleanup-timeout"], 60_000, 100, 3_600_000),
      maxResponseBytes: wholeNumber(
        "--max-response-bytes",
        values["max-response-bytes"],
        DEFAULT_MAX_RESPONSE_BYTES,
        1024,
        1024 * 1024 * 1024,
      ),
      bail: values.bail ?? false,
      allowSkipped: values["allow-skipped"] ?? false,
      // A certificate binds results.json, which `verify` recomputes the verdict from.
      reporters: [
        ...new Set<ReporterName>([
          "console",
          ...(reporters.includes("certificate") ? ["json" as const] : []),
          ...reporters,
        ]),
      ],
      outputDir: values["output-dir"] ?? "conformance-results",
      ...(values.record !== undefined ? { recordDir: values.record } : {}),
      ...(values.cases !== undefined ? { casesDir: values.cases } : {}),
      color: !values["no-color"] && env.NO_COLOR === undefined,
      ...(values.product !== undefined
        ? { product: parseProduct(values.product, values["product-url"]) }
        : {}),
      ...(values["expected-failures"] !== undefined ? { expectedFailures: values["expected-failures"] } : {}),
      strictExpected: values["strict-expected"] ?? false,
      ...(values.shard !== undefined ? { shard: parseShard(values.shard) } : {}),
      commandLine: [...argv],
    },
  };
}

const OPTIONS = {
  target: { type: "string" },
  endpoint: { type: "string" },
  region: { type: "string" },
  profile: { type: "string" },
  "path-style": { type: "boolean" },
  "virtual-hosted": { type: "boolean" },
  insecure: { type: "boolean" },
  "ca-file": { type: "string" },
  "account-id": { type: "string" },
  client: { type: "string" },
  bucket: { type: "string" },
  "allow-bucket-creation": { type: "boolean" },
  keep: { type: "boolean" },
  grep: { type: "string" },
  tag: { type: "string", multiple: true },
  "exclude-tag": { type: "string", multiple: true },
  list: { type: "boolean" },
  cases: { type: "string" },
  concurrency: { type: "string" },
  timeout: { type: "string" },
  "request-timeout": { type: "string" },
  "cleanup-timeout": { type: "string" },
  "max-response-bytes": { type: "string" },
  bail: { type: "boolean" },
  "allow-skipped": { type: "boolean" },
  reporter: { type: "string", multiple: true },
  "output-dir": { type: "string" },
  "no-color": { type: "boolean" },
  product: { type: "string" },
  "product-url": { type: "string" },
  record: { type: "string" },
  "expected-failures": { type: "string" },
  "strict-expected": { type: "boolean" },
  shard: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

function splitList(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

function wholeNumber(
  flag: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigurationError(`${flag} must be a whole number from ${min} to ${max} (got ${text})`);
  }
  return value;
}

function checkUrl(text: string, source: string): void {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigurationError(`${source} ${text} is not a URL (e.g. http://localhost:9000)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ConfigurationError(`${source} must be an http:// or https:// URL`);
  if (url.username || url.password)
    throw new ConfigurationError(`${source} must not carry credentials: use the environment or --profile`);
}
