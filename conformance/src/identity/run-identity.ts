import { arch, platform, release } from "node:os";
import { maskAccountId } from "../config/redact-config.js";
import type { Product } from "./product.js";

/**
 * What a run was, as every report states it: what was tested, where, when, how, with which runner and
 * fixture set. Never a credential: the endpoint is its host, the command line is redacted.
 *
 * @internal
 */
export interface RunIdentity {
  /** `--product`; absent when the run did not name one. */
  product?: Product;
  /** `embedded`, `msw`, `endpoint` or `aws`. */
  target: string;
  /** Host (and port) of the endpoint, e.g. "s3.example.com" or "s3.us-east-1.amazonaws.com". */
  endpointHost: string;
  region: string;
  addressingStyle: "path" | "virtual-hosted";
  startedAt: string;
  endedAt: string;
  /** The command as typed, shell-quoted, secrets and the account id redacted. */
  commandLine: string;
  runner: { name: string; version: string };
  fixtureSet: { name: string; version: string; sha256: string; source: "shipped" | "--cases" };
  node: string;
  os: string;
}

/**
 * The host part of an endpoint URL, or Amazon S3's regional host.
 *
 * @internal
 */
export function endpointHost(endpoint: string | undefined, region: string): string {
  return endpoint === undefined ? `s3.${region}.amazonaws.com` : new URL(endpoint).host;
}

/**
 * The command line as reports show it: shell-quoted, the value of `--account-id` masked. Credentials never
 * come in through flags; the run's redactor still passes over every report.
 *
 * @internal
 */
export function redactCommandLine(argv: readonly string[]): string {
  const shown: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    const inline = /^--account-id=(.*)$/.exec(argument);
    if (inline) shown.push(`--account-id=${maskAccountId(inline[1] as string)}`);
    else if (argument === "--account-id" && index + 1 < argv.length) {
      shown.push(argument, maskAccountId(argv[index + 1] as string));
      index += 1;
    } else shown.push(argument);
  }
  return ["s3-inventory-conformance", ...shown.map(shellQuote)].join(" ");
}

/**
 * Node's version and the operating system the runner ran on.
 *
 * @internal
 */
export function hostPlatform(): { node: string; os: string } {
  return { node: process.version, os: `${platform()} ${release()} ${arch()}` };
}

function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
