import type { RunConfig } from "../config/run-config.js";
import { runnerVersion } from "../config/runner-version.js";
import type { Target } from "../targets/target.js";
import { fixtureSetDigest } from "./fixture-set-digest.js";
import { endpointHost, hostPlatform, type RunIdentity, redactCommandLine } from "./run-identity.js";

/**
 * Everything about a run's identity that is known before its first case: the rest is its end time.
 *
 * @example
 * const identity = { ...(await describeRun(config, target, fixtures, 71)), endedAt: new Date().toISOString() };
 */
export async function describeRun(
  config: RunConfig,
  target: Pick<Target, "kind" | "settings">,
  fixtures: { version: string; directory: string; total: number },
  selected: number,
  startedAt: string,
): Promise<Omit<RunIdentity, "endedAt">> {
  const filters = selectionFilters(config);
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
      sha256: await fixtureSetDigest(fixtures.directory),
      source: config.casesDir === undefined ? "shipped" : "--cases",
    },
    ...hostPlatform(),
    selection: {
      full: filters.length === 0 && selected === fixtures.total,
      selected,
      total: fixtures.total,
      filters,
    },
  };
}

// Each option that narrows or replaces the published case set, as the user typed it.
function selectionFilters(config: RunConfig): string[] {
  const { selection } = config;
  return [
    ...(selection.grep !== undefined ? [`--grep ${selection.grep}`] : []),
    ...(selection.tags.length > 0 ? [`--tag ${selection.tags.join(",")}`] : []),
    ...(selection.excludeTags.length > 0 ? [`--exclude-tag ${selection.excludeTags.join(",")}`] : []),
    ...(config.casesDir !== undefined ? [`--cases ${config.casesDir}`] : []),
    ...(config.bail ? ["--bail"] : []),
  ];
}
