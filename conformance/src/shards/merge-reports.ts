import { ConfigurationError } from "@s3-inventory/cli-kit";
import type { Shard } from "../cases/shard-cases.js";
import { buildRunReport, type RunReport } from "../reporters/run-report.js";

/**
 * Joins the reports of every shard of one sharded run (`--shard 1/N` … `N/N`) into the report one unsharded
 * run would have written, apart from timings and run ids: the cases by id, the selection, the verdict
 * recomputed by the same rules. Refuses (a `ConfigurationError` saying why) shards of different runs:
 * another runner, fixture set, endpoint, region, addressing, product, client or options, a missing or
 * repeated shard, or a case in two shards.
 *
 * @internal
 */
export function mergeReports(reports: readonly RunReport[]): RunReport {
  const first = reports[0];
  if (first === undefined) throw new ConfigurationError("merge needs the results of every shard");
  const shards = reports.map((report, position) => {
    const shard = (report.config as { shard?: Shard }).shard;
    if (shard === undefined)
      throw new ConfigurationError(`merge: results ${position + 1} (run ${report.runId}) is not a shard`);
    return shard;
  });
  const count = shards[0]?.count ?? 0;
  const indices = shards.map((s) => s.index);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !indices.includes(i));
  if (shards.some((s) => s.count !== count) || missing.length > 0 || new Set(indices).size !== indices.length)
    throw new ConfigurationError(
      `merge needs shards 1/${count} to ${count}/${count} once each; got ${shards.map((s) => `${s.index}/${s.count}`).join(", ")}`,
    );
  for (const report of reports.slice(1)) {
    const differs = sameRunFields(report) !== sameRunFields(first);
    if (differs)
      throw new ConfigurationError(
        `merge: run ${report.runId} is not a shard of the same run as ${first.runId} (runner, fixtures, endpoint, product or options differ)`,
      );
  }
  const cases = reports.flatMap((r) => r.cases).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const repeated = cases.filter((c, i) => cases[i - 1]?.id === c.id).map((c) => c.id);
  if (repeated.length > 0) throw new ConfigurationError(`merge: cases in two shards: ${repeated.join(", ")}`);
  const startedAt = reports.map((r) => r.identity.startedAt).sort()[0] as string;
  const endedAt = reports
    .map((r) => r.identity.endedAt)
    .sort()
    .at(-1) as string;
  const { shard: _shard, ...config } = first.config as { shard?: Shard };
  const selection = {
    selected: cases.length,
    published: first.selection.published,
    narrowedBy: first.selection.narrowedBy.filter((flag) => !flag.startsWith("--shard ")),
  };
  const options = config as { allowSkipped?: boolean; strictExpected?: boolean };
  return buildRunReport(
    {
      runner: first.runner,
      fixtureSet: first.fixtureSet,
      runId: reports.map((r) => r.runId).join("+"),
      identity: {
        ...first.identity,
        startedAt,
        endedAt,
        commandLine: first.identity.commandLine.replace(/ --shard[= ]\d+\/\d+/, ""),
      },
      startedAt,
      target: first.target,
      client: first.client,
      config,
    },
    cases,
    Date.parse(endedAt) - Date.parse(startedAt),
    reports.some((r) => r.interrupted),
    {
      allowSkipped: options.allowSkipped === true,
      strictExpected: options.strictExpected === true,
      selection,
    },
  );
}

// What must be equal for reports to be shards of one run: all but timings, run ids, output folder and shard.
function sameRunFields(report: RunReport): string {
  const { shard: _s, outputDir: _o, ...config } = report.config as Record<string, unknown>;
  const { startedAt: _a, endedAt: _e, commandLine, ...identity } = report.identity;
  return JSON.stringify({
    identity,
    command: commandLine.replace(/ --shard[= ]\d+\/\d+/, "").replace(/ --output-dir[= ]\S+/, ""),
    config,
    runner: report.runner,
    fixtureSet: report.fixtureSet,
    client: report.client,
    narrowedBy: report.selection.narrowedBy.filter((flag) => !flag.startsWith("--shard ")),
    published: report.selection.published,
  });
}
