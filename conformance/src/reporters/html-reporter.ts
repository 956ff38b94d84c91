import type { CaseResult, StepFailure } from "../execution/case-result.js";
import { describeExpectedFailure } from "../expected-failures/describe-expected-failure.js";
import { identityFields } from "../identity/identity-fields.js";
import { conformanceLevel } from "./conformance-level.js";
import { escapeMarkup } from "./escape-markup.js";
import { formatMismatch } from "./format-mismatch.js";
import { HTML_FILTER_SCRIPT } from "./html-filter-script.js";
import type { Reporter } from "./reporter.js";
import { CASE_STATUSES, type RunReport } from "./run-report.js";
import type { Redactor } from "./secret-redactor.js";
import { writeReportFile } from "./write-report-file.js";

/**
 * `report.html`: one self-contained page (inline style and script; its Content-Security-Policy forbids any
 * fetch), so it opens offline from a CI artifact.
 *
 * @internal
 */
export function createHtmlReporter(directory: string, redact: Redactor): Reporter {
  return { onRunEnd: (report) => writeReportFile(directory, "report.html", renderHtml(report), redact) };
}

// Nothing may load from anywhere: not even from the page's own origin (a file:// folder).
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem; color: #222; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.verdict { padding: .8rem 1rem; border-radius: 6px; color: #fff; font-weight: 600; }
.conformant { background: #2e7d32; } .partial { background: #b26a00; } .not-conformant { background: #c62828; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border-bottom: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.status-passed { color: #2e7d32; } .status-failed, .status-error, .status-not-implemented { color: #c62828; }
.status-skipped { color: #b26a00; }
pre { background: #f6f6f6; padding: .6rem; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
.filters { display: flex; gap: 1rem; align-items: center; margin: .5rem 0; }
details { margin: .6rem 0; border: 1px solid #ddd; border-radius: 6px; padding: .4rem .8rem; }
summary { cursor: pointer; font-weight: 600; }
`;

/**
 * The HTML page of a report: identity and verdict first; counts by status and evidence kind; root-cause
 * groups when the report has them; every case in a table filterable by status and tag; each failure with
 * its request and answer, minimal diff and reproduction command.
 *
 * @internal
 */
export function renderHtml(report: RunReport): string {
  const { level, passed, total } = conformanceLevel(report);
  const product = report.identity.product;
  const title = `S3 inventory conformance${product ? `: ${product.name} ${product.version}` : ""}`;
  const notPassed = report.cases.filter((c) => c.status !== "passed");
  return [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeMarkup(title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeMarkup(title)}</h1>`,
    `<p class="verdict ${level.replace(" ", "-")}" id="verdict">${escapeMarkup(level)} ${passed}/${total}: ${escapeMarkup(report.verdict)} (exit ${report.exitCode})</p>`,
    `<table id="identity">${identityFields(report.identity)
      .map(([label, value]) => `<tr><th>${escapeMarkup(label)}</th><td>${escapeMarkup(value)}</td></tr>`)
      .join("")}</table>`,
    renderCounts(report),
    renderRootCauses(report),
    renderCaseTable(report),
    notPassed.length > 0
      ? `<h2>Not passed (${notPassed.length})</h2>${notPassed.map(renderDetails).join("")}`
      : "",
    `<script>${HTML_FILTER_SCRIPT}</script>`,
    "</body></html>",
    "",
  ].join("\n");
}

function renderCounts(report: RunReport): string {
  const kinds = [...new Set(report.cases.map((c) => c.evidence.kind))].sort();
  const head = `<tr><th></th>${CASE_STATUSES.map((s) => `<th>${s}</th>`).join("")}</tr>`;
  const row = (label: string, cases: CaseResult[]): string =>
    `<tr><th>${escapeMarkup(label)}</th>${CASE_STATUSES.map((s) => `<td class="n">${cases.filter((c) => c.status === s).length}</td>`).join("")}</tr>`;
  return [
    `<h2>Counts by status and evidence kind</h2><table id="counts">${head}`,
    row("all cases", report.cases),
    ...kinds.map((kind) =>
      row(
        `evidence: ${kind}`,
        report.cases.filter((c) => c.evidence.kind === kind),
      ),
    ),
    "</table>",
  ].join("");
}

// Root-cause groups come from the run report when the runner computes them (read as optional, so reports
// written before they existed still render).
function renderRootCauses(report: RunReport): string {
  const summary = report.summary as {
    rootCauses?: Array<{ signature: string; cases: string[]; counted?: boolean }>;
  };
  const groups = summary.rootCauses;
  if (groups === undefined || groups.length === 0) return "";
  return `<h2>Root causes (${groups.length} deviation(s), ${groups.reduce((n, g) => n + g.cases.length, 0)} case(s))</h2><ul id="root-causes">${groups
    .map(
      (g) =>
        `<li>${escapeMarkup(g.signature)}${g.counted === false ? " (not counted)" : ""}: ${g.cases.length} case(s): ${g.cases.map((id) => `<a href="#case-${escapeMarkup(id)}">${escapeMarkup(id)}</a>`).join(", ")}</li>`,
    )
    .join("")}</ul>`;
}

function renderCaseTable(report: RunReport): string {
  const tags = Object.keys(report.summary.byTag);
  const options = (values: readonly string[]): string =>
    values.map((v) => `<option value="${escapeMarkup(v)}">${escapeMarkup(v)}</option>`).join("");
  const rows = report.cases.map((c) => {
    const anchor =
      c.status === "passed"
        ? escapeMarkup(c.id)
        : `<a href="#case-${escapeMarkup(c.id)}">${escapeMarkup(c.id)}</a>`;
    return `<tr data-status="${c.status}" data-tags="${escapeMarkup(c.tags.join(" "))}"><td>${anchor}<br><small>${escapeMarkup(c.title)}</small></td><td class="status-${c.status}">${c.status}${c.expectedFailure ? `<br><small>${c.expectedFailure.outcome === "expected" ? "declared deviation" : "fixed: remove from file"}</small>` : ""}</td><td>${c.severity}</td><td>${escapeMarkup(c.tags.join(", "))}</td><td>${escapeMarkup(evidenceText(c))}</td><td class="n">${c.durationMs} ms</td></tr>`;
  });
  return [
    `<h2>Cases (${report.cases.length})</h2>`,
    `<div class="filters"><label>status <select id="filter-status"><option value="">all</option>${options(CASE_STATUSES)}</select></label>`,
    `<label>tag <select id="filter-tag"><option value="">all</option>${options(tags)}</select></label>`,
    `<span id="filter-count">${report.cases.length} of ${report.cases.length} cases shown</span></div>`,
    `<table id="cases"><thead><tr><th>case</th><th>status</th><th>severity</th><th>tags</th><th>evidence</th><th>duration</th></tr></thead><tbody>`,
    ...rows,
    "</tbody></table>",
  ].join("\n");
}

// Kind, the evidence ledger ids with their kinds when the case carries them, and the citation.
function evidenceText(result: CaseResult): string {
  const entries = (result.evidence as { entries?: Array<{ id: string; kind: string }> }).entries ?? [];
  const ids = entries.length > 0 ? ` [${entries.map((e) => `${e.id} (${e.kind})`).join(", ")}]` : "";
  return `${result.evidence.kind}${ids}: ${result.evidence.source}`;
}

function renderDetails(result: CaseResult): string {
  const inferredOnly = result.failedOnlyOnInferredSteps ? " (only on inferred steps)" : "";
  return [
    `<details id="case-${escapeMarkup(result.id)}" open><summary class="status-${result.status}">${escapeMarkup(result.id)}: ${result.status}, ${result.severity}${inferredOnly}</summary>`,
    `<p>${escapeMarkup(result.title)}</p><p>Evidence: ${escapeMarkup(evidenceText(result))}</p>`,
    result.reason ? `<p>${escapeMarkup(result.reason)}</p>` : "",
    result.expectedFailure
      ? `<p class="declared">${escapeMarkup(describeExpectedFailure(result) ?? "")}</p>`
      : "",
    ...result.failures.map(renderStep),
    "</details>",
  ].join("\n");
}

function renderStep(failure: StepFailure): string {
  const iteration = failure.iteration === undefined ? "" : ` (iteration ${failure.iteration})`;
  return [
    `<h3>step ${failure.step} "${escapeMarkup(failure.name)}"${iteration}${failure.inferred ? ` [inferred: ${escapeMarkup(failure.inferred)}]` : ""}</h3>`,
    `<pre class="transcript">request: ${escapeMarkup(failure.request)}\nanswer:  ${escapeMarkup(failure.response)}</pre>`,
    `<pre class="diff">${failure.mismatches.map((m) => `- ${escapeMarkup(formatMismatch(m))}`).join("\n")}</pre>`,
    failure.reproduce ? `<pre class="reproduce">${escapeMarkup(failure.reproduce)}</pre>` : "",
  ].join("\n");
}
