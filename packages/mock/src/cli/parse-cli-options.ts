import { parseCliArguments, UsageError } from "@s3-inventory/cli-kit";
import { isAwsAccountId } from "@s3-inventory/model";
import { parseLatency } from "../engine/chaos/latency.js";
import type { MockCredential } from "../engine/auth/mock-credential.js";
import type { InitialBucket } from "../engine/inventory-mock-options.js";
import { bucketNameProblem } from "../engine/operations/bucket-name-problem.js";
import type { MockServerOptions } from "../server/mock-server-options.js";

/**
 * What the command line asks for: run a server with these options, or print help or the version.
 *
 * @internal
 */
export type CliCommand =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "serve"; options: MockServerOptions };

/**
 * The command's default port: LocalStack's edge port, so an `--endpoint-url http://127.0.0.1:4566` or
 * `AWS_ENDPOINT_URL` already written for LocalStack reaches this mock unchanged. (`startMockServer`
 * itself still defaults to port 0: a library in a test suite wants a free port, never a fixed one.)
 *
 * @internal
 */
export const DEFAULT_CLI_PORT = 4566;

/**
 * The text of `--help`.
 *
 * @internal
 */
export const USAGE = `Usage: s3-inventory-mock [options]

An S3 stand-in for the bucket inventory configuration API (and CreateBucket, HeadBucket,
DeleteBucket, ListBuckets), answering like S3 does, errors included.

Options:
  --host HOST                  address to listen on (default 127.0.0.1)
  --port PORT                  port from 0 to 65535, 0 for any free port (default 4566,
                               LocalStack's, so existing endpoint settings work)
  --region REGION              region of new buckets (default us-east-1)
  --bucket NAME[@ACCOUNT]      create this bucket at start (repeatable)
  --credentials KEY:SECRET[:ACCOUNT]
                               a known access key and its account (repeatable)
  --strict                     verify every SigV4 signature against --credentials
  --account ACCOUNT            default account id (default 123456789012)
  --data-dir DIR               persist state in DIR (survives kill -9)
  --latency MS | MIN-MAX       delay every answer, fixed or jittered (milliseconds)
  --faults RATE                answer this share (0..1) of requests with 500/503
  --help                       print this help
  --version                    print the version

Prints "s3-inventory-mock listening on http://HOST:PORT" once it accepts connections.`;

/**
 * Reads the command line with node:util `parseArgs`; every mistake is a {@link UsageError}.
 *
 * @internal
 */
export function parseCliOptions(argv: readonly string[]): CliCommand {
  const values = parseCliArguments(argv, OPTIONS);
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };

  const port = values.port === undefined ? DEFAULT_CLI_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !/^\d+$/.test(values.port ?? "0")) {
    throw new UsageError(
      `--port must be an integer from 0 to 65535 (0 for any free port), got ${JSON.stringify(values.port)}`,
    );
  }
  const account = values.account;
  if (account !== undefined && !/^\d{12}$/.test(account)) {
    throw new UsageError(`--account must be a 12-digit AWS account id, got ${JSON.stringify(account)}`);
  }
  const credentials = (values.credentials ?? []).map(parseCredential);
  if (values.strict && credentials.length === 0) {
    throw new UsageError("--strict needs at least one --credentials KEY:SECRET[:ACCOUNT]");
  }
  const buckets = (values.bucket ?? []).map(parseBucket);
  let latency: MockServerOptions["latency"];
  if (values.latency !== undefined) {
    latency = parseLatency(values.latency);
    if (latency === undefined) {
      throw new UsageError(
        `--latency takes MS or MIN-MAX milliseconds, got ${JSON.stringify(values.latency)}`,
      );
    }
  }
  let faults: MockServerOptions["faults"];
  if (values.faults !== undefined) {
    const rate = Number(values.faults);
    if (!/^(0|1|0?\.\d+|1\.0*)$/.test(values.faults) || rate < 0 || rate > 1) {
      throw new UsageError(`--faults takes a rate from 0 to 1, got ${JSON.stringify(values.faults)}`);
    }
    faults = { rate };
  }
  if (values.region !== undefined && !/^[a-z0-9-]{1,64}$/.test(values.region)) {
    throw new UsageError(`--region must look like us-east-1, got ${JSON.stringify(values.region)}`);
  }
  if (values["data-dir"] === "") throw new UsageError("--data-dir needs a directory");
  return {
    kind: "serve",
    options: {
      host: values.host ?? "127.0.0.1",
      port,
      region: values.region,
      defaultAccountId: account,
      credentials,
      auth: values.strict ? "strict" : "lenient",
      buckets,
      dataDir: values["data-dir"],
      latency,
      faults,
    },
  };
}

const OPTIONS = {
  host: { type: "string" },
  port: { type: "string" },
  region: { type: "string" },
  bucket: { type: "string", multiple: true },
  credentials: { type: "string", multiple: true },
  strict: { type: "boolean" },
  account: { type: "string" },
  "data-dir": { type: "string" },
  latency: { type: "string" },
  faults: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

function parseCredential(text: string): MockCredential {
  // The secret may itself contain ':' only if an account follows; never echo it in an error.
  const parts = text.split(":");
  const accessKeyId = parts[0] ?? "";
  const last = parts[parts.length - 1] ?? "";
  // An all-digit last part is an account id with a typo, not the tail of a secret: AWS secret keys are
  // 40 base64 characters, so a secret ending in ':' and digits alone is far likelier a mistake.
  if (parts.length >= 3 && /^\d+$/.test(last) && !isAwsAccountId(last)) {
    throw new UsageError(
      `--credentials for key ${JSON.stringify(accessKeyId)}: the account id must be 12 digits, got ${last.length}`,
    );
  }
  const hasAccount = parts.length >= 3 && isAwsAccountId(last);
  const secretAccessKey = (hasAccount ? parts.slice(1, -1) : parts.slice(1)).join(":");
  if (accessKeyId === "" || secretAccessKey === "" || parts.length < 2) {
    throw new UsageError(
      `--credentials takes KEY:SECRET[:ACCOUNT] (12-digit account), got one for key ${JSON.stringify(accessKeyId)}`,
    );
  }
  return hasAccount ? { accessKeyId, secretAccessKey, accountId: last } : { accessKeyId, secretAccessKey };
}

function parseBucket(text: string): InitialBucket {
  const [name = "", account] = text.split("@");
  if (name === "" || (account !== undefined && !/^\d{12}$/.test(account))) {
    throw new UsageError(`--bucket takes NAME or NAME@ACCOUNT (12 digits), got ${JSON.stringify(text)}`);
  }
  const problem = bucketNameProblem(name, { allowDirectoryBucket: true });
  if (problem !== undefined) throw new UsageError(`--bucket ${problem}`);
  return account === undefined ? name : { name, accountId: account };
}
