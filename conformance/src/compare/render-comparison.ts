import { escapeMarkup } from "../reporters/escape-markup.js";
import type { ComparisonCell, ComparisonMatrix } from "./compare-reports.js";

/**
 * The comparison as Markdown: the endpoints with their verdicts, the cases that differ with their causes,
 * then every case.
 *
 * @internal
 */
export function renderComparisonMarkdown(matrix: ComparisonMatrix): string {
  const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const differing = matrix.rows.filter((row) => row.differs);
  const header = `| case | ${matrix.columns.map((c) => cell(c.label)).join(" | ")} |`;
  const rule = `| --- | ${matrix.columns.map(() => "---").join(" | ")} |`;
  const row = (r: ComparisonMatrix["rows"][number], withCause: boolean): string =>
    `| \`${r.id}\` | ${r.cells.map((c) => cell(describe(c, withCause))).join(" | ")} |`;
  return [
    "# S3 inventory conformance: comparison",
    "",
    ...matrix.columns.map(
      (c) => `- **${cell(c.label)}**: ${cell(c.verdict)} (runner ${c.runner}, fixtures ${c.fixtures})`,
    ),
    "",
    `## Cases that differ (${differing.length} of ${matrix.rows.length})`,
    "",
    ...(differing.length === 0
      ? ["No case differs."]
      : [header, rule, ...differing.map((r) => row(r, true))]),
    "",
    `## All cases (${matrix.rows.length})`,
    "",
    header,
    rule,
    ...matrix.rows.map((r) => row(r, false)),
    "",
  ].join("\n");
}

/**
 * The comparison as one self-contained HTML page (no script, no fetch).
 *
 * @internal
 */
export function renderComparisonHtml(matrix: ComparisonMatrix): string {
  const differing = matrix.rows.filter((row) => row.differs);
  const head = `<tr><th>case</th>${matrix.columns.map((c) => `<th>${escapeMarkup(c.label)}</th>`).join("")}</tr>`;
  const rows = (list: ComparisonMatrix["rows"], withCause: boolean): string =>
    list
      .map(
        (r) =>
          `<tr${r.differs ? ' class="differs"' : ""}><td>${escapeMarkup(r.id)}</td>${r.cells
            .map(
              (c) =>
                `<td class="status-${c?.status ?? "absent"}">${escapeMarkup(describe(c, withCause))}</td>`,
            )
            .join("")}</tr>`,
      )
      .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>S3 inventory conformance: comparison</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:1rem auto;max-width:1400px}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}.differs{background:#fff6e5}
.status-passed{color:#2e7d32}.status-failed,.status-error,.status-not-implemented{color:#c62828}.status-skipped,.status-absent{color:#777}</style>
</head><body><h1>S3 inventory conformance: comparison</h1>
<ul>${matrix.columns.map((c) => `<li><b>${escapeMarkup(c.label)}</b>: ${escapeMarkup(c.verdict)} (runner ${escapeMarkup(c.runner)}, fixtures ${escapeMarkup(c.fixtures)})</li>`).join("")}</ul>
<h2>Cases that differ (${differing.length} of ${matrix.rows.length})</h2>
<table id="differing">${head}
${rows(differing, true)}</table>
<h2>All cases (${matrix.rows.length})</h2>
<table id="all">${head}
${rows(matrix.rows, false)}</table>
</body></html>
`;
}

function describe(cell: ComparisonCell | undefined, withCause: boolean): string {
  if (cell === undefined) return "not run";
  const declared = cell.declared ? " (declared)" : "";
  return `${cell.status}${declared}${withCause && cell.cause ? `: ${cell.cause}` : ""}`;
}
