/** Every report file a run with `--reporter json,junit,markdown,html,badge,certificate` writes, sorted. */
export const EVERY_REPORT_FILE = [
  "badge.svg",
  "certificate.json",
  "junit.xml",
  "report.html",
  "results.json",
  "summary.md",
];
