import type { CaseResult, CaseStatus } from "../execution/case-result.js";
import { formatMismatch } from "../reporters/format-mismatch.js";
import type { RunReport } from "../reporters/run-report.js";

/**
 * Several runs side by side: one column per endpoint, one row per case, each cell the status and, when it
 * did not pass, its cause.
 *
 * @internal
 */
export interface ComparisonMatrix {
  columns: Array<{ label: string; verdict: string; runner: string; fixtures: string }>;
  rows: Array<{ id: string; differs: boolean; cells: Array<ComparisonCell | undefined> }>;
}

/**
 * One case on one endpoint (undefined in a row when that run did not include the case).
 *
 * @internal
 */
export interface ComparisonCell {
  status: CaseStatus;
  cause?: string;
  declared?: boolean;
}

/**
 * Builds the matrix of several reports (e.g. the same fixture set against different products). Columns are
 * named by product, else by endpoint host; rows are every case of any report, by id; a row `differs` when
 * the endpoints' statuses are not all the same (a missing case counts as different).
 *
 * @internal
 */
export function compareReports(reports: readonly RunReport[]): ComparisonMatrix {
  const labels = reports.map((r) =>
    r.identity.product ? `${r.identity.product.name} ${r.identity.product.version}` : r.identity.endpointHost,
  );
  const columns = reports.map((report, i) => ({
    label:
      labels.indexOf(labels[i] as string) === i && labels.lastIndexOf(labels[i] as string) === i
        ? (labels[i] as string)
        : `${labels[i]} (#${i + 1})`,
    verdict: report.verdict,
    runner: report.runner.version,
    fixtures: `${report.identity.fixtureSet.version} sha256:${report.identity.fixtureSet.sha256.slice(0, 12)}`,
  }));
  const byId = reports.map((report) => new Map(report.cases.map((c) => [c.id, c])));
  const causes = reports.map(rootCauseByCase);
  const ids = [...new Set(reports.flatMap((r) => r.cases.map((c) => c.id)))].sort();
  const rows = ids.map((id) => {
    const cells = byId.map((cases, column) => {
      const result = cases.get(id);
      return result === undefined ? undefined : cellOf(result, causes[column]?.get(id));
    });
    const statuses = new Set(cells.map((cell) => cell?.status ?? "absent"));
    return { id, differs: statuses.size > 1, cells };
  });
  return { columns, rows };
}

// The root-cause signature of each grouped case, when the report groups failures (read as optional, so
// reports written before root causes existed still compare).
function rootCauseByCase(report: RunReport): Map<string, string> {
  const groups = (report.summary as { rootCauses?: Array<{ signature: string; cases: string[] }> })
    .rootCauses;
  return new Map((groups ?? []).flatMap((group) => group.cases.map((id) => [id, group.signature] as const)));
}

// The cause of a case that did not pass: its root cause when the report groups them, else where it first
// differed, else its reason.
function cellOf(result: CaseResult, rootCause: string | undefined): ComparisonCell {
  const declared = result.expectedFailure?.outcome === "expected" ? { declared: true } : {};
  if (result.status === "passed") return { status: result.status, ...declared };
  const failure = result.failures[0];
  const mismatch = failure?.mismatches[0];
  const cause =
    rootCause ??
    (failure && mismatch
      ? `step ${failure.step}: ${formatMismatch(mismatch)}`
      : (result.reason ?? failure?.response));
  return { status: result.status, ...(cause ? { cause: shorten(cause) } : {}), ...declared };
}

function shorten(text: string): string {
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}
