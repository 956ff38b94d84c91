import type { RunConfig } from "../config/run-config.js";
import { runnerVersion } from "../config/runner-version.js";
import type { Target } from "../targets/target.js";
import { fixtureSetDigest } from "./fixture-set-digest.js";
import { endpointHost, hostPlatform, type RunIdentity, redactCommandLine } from "./run-identity.js";

/**
 * Everything about a run's identity that is known before its first case: the rest is its end time.
 *
 * @internal
 */
export async function describeRun(
  config: RunConfig,
  target: Pick<Target, "kind" | "settings">,
  fixtures: { version: string; directory: string },
  startedAt: string,
): Promise<Omit<RunIdentity, "endedAt">> {
  return {
    ...(config.product !== undefined ? { product: config.product } : {}),
    target: target.kind,
    endpointHost: endpointHost(target.settings.endpoint, target.settings.region),
    region: target.settings.region,
    addressingStyle: target.settings.forcePathStyle ? "path" : "virtual-hosted",
    startedAt,
    commandLine: redactCommandLine(config.commandLine ?? []),
    runner: { name: "@s3-inventory/conformance", version: runnerVersion() },
    fixtureSet: {
      name: "@s3-inventory/fixtures",
      version: fixtures.version,
      sha256: await fixtureSetDigest(fixtures.directory, { withEvidence: config.casesDir === undefined }),
      source: config.casesDir === undefined ? "shipped" : "--cases",
    },
    ...hostPlatform(),
  };
}
