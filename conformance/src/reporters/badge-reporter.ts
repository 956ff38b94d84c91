import { conformanceLevel } from "./conformance-level.js";
import type { Reporter } from "./reporter.js";
import type { RunReport } from "./run-report.js";
import type { Redactor } from "./secret-redactor.js";
import { writeReportFile } from "./write-report-file.js";

const COLOURS = { conformant: "#2e7d32", partial: "#b26a00", "not conformant": "#c62828" } as const;

/**
 * `badge.svg` for a README: "S3 inventory | conformant 71/71", "conformant with 2 deviations 69/71",
 * "partial 2/71" or "not conformant 60/71".
 *
 * @internal
 */
export function createBadgeReporter(directory: string, redact: Redactor): Reporter {
  return { onRunEnd: (report) => writeReportFile(directory, "badge.svg", renderBadge(report), redact) };
}

/**
 * The badge of a report: a flat two-part SVG with its text also in `<title>` and `aria-label`.
 *
 * @internal
 */
export function renderBadge(report: RunReport): string {
  const { level, passed, total, deviations } = conformanceLevel(report);
  const label = "S3 inventory";
  const declared = deviations > 0 ? ` with ${deviations} deviation${deviations === 1 ? "" : "s"}` : "";
  const message = `${level}${declared} ${passed}/${total}`;
  // Width from character count (Verdana 11px averages about 7 px a character): no font metrics needed.
  const labelWidth = label.length * 7 + 10;
  const messageWidth = message.length * 7 + 10;
  const width = labelWidth + messageWidth;
  const text = `${label}: ${message}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${text}">
<title>${text}</title>
<rect width="${labelWidth}" height="20" fill="#555"/>
<rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${COLOURS[level]}"/>
<g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">
<text x="${labelWidth / 2}" y="14">${label}</text>
<text x="${labelWidth + messageWidth / 2}" y="14">${message}</text>
</g>
</svg>
`;
}
