import type { RecordingMeta } from "../record/recorded-step.js";
import type { StepFinding } from "./judge-recording.js";

// S3's own host names: s3.amazonaws.com, s3.<region>.amazonaws.com, s3-<region>, dualstack and fips forms,
// and virtual-hosted `<bucket>.` in front of any of them; China regions end in .amazonaws.com.cn.
const AWS_S3_HOST = /^(?:[a-z0-9][a-z0-9.-]*\.)?s3(?:[.-][a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?$/;

/**
 * True for a host (and optional port) of Amazon S3 itself, reached over HTTPS's default port.
 *
 * @internal
 */
export function isAwsS3Host(host: string): boolean {
  const [name = "", port] = host.toLowerCase().split(":");
  return (port === undefined || port === "443") && AWS_S3_HOST.test(name);
}

/**
 * Why a recording may not become evidence, or undefined when it may: it must have been made with
 * `--target aws`, against S3's own hosts over HTTPS, every exchange included, with nothing able to answer in
 * process. No test can therefore mint evidence: an intercepted rehearsal says so in `run.json`.
 *
 * @internal
 */
export function refusalOf(meta: RecordingMeta, origins: ReadonlySet<string>): string | undefined {
  if (meta.intercepted !== false)
    return `it was intercepted in process (${meta.interceptedBecause ?? "run.json does not say it was not"}): no real S3 answered`;
  if (!isAwsS3Host(meta.endpointHost) || !meta.endpoint.startsWith("https://"))
    return `it was made against ${meta.endpoint}, which is not an AWS S3 endpoint (https://s3.<region>.amazonaws.com)`;
  if (meta.target !== "aws") return `it was made with --target ${meta.target}, not --target aws`;
  for (const origin of origins) {
    const url = new URL(origin);
    if (url.protocol !== "https:" || !isAwsS3Host(url.host))
      return `a request went to ${origin}, which is not an AWS S3 endpoint`;
  }
  return undefined;
}

/**
 * A ledger entry of kind `recorded`, for review (the shape of @s3-inventory/fixtures' evidence ledger): the
 * reviewer publishes the recording and puts its public URL in `citation.url` before committing the entry.
 *
 * @internal
 */
export function ledgerEntryOf(meta: RecordingMeta, finding: StepFinding): Record<string, unknown> {
  const date = (meta.endedAt ?? meta.startedAt).slice(0, 10);
  const why = finding.line.inferred ?? finding.line.evidence.source;
  return {
    id: `recorded-${finding.case}-step-${finding.step}`,
    kind: "recorded",
    statement: `Amazon S3 (${meta.region}) answered ${finding.operation} with ${finding.answered} in step ${finding.step} ("${finding.name}") of ${finding.case}, as the case had inferred.`,
    citation: { url: "REVIEW: the public URL where this recording is published" },
    date,
    notes: `Recorded by ${meta.runner.name} ${meta.runner.version} with fixtures ${meta.fixtureSet.version} against ${meta.endpointHost} (${meta.addressing}, ${meta.client} client), run ${meta.runId}. It confirms: ${why}`,
  };
}
