import type { Reporter } from "./reporter.js";
import type { Redactor } from "./secret-redactor.js";
import { writeReportFile } from "./write-report-file.js";

/**
 * `results.json`: runner and fixture-set versions, the redacted configuration, the summary, and
 * `cases: [{ id, status, durationMs, failures, … }]` with status one of passed, failed, skipped,
 * not-implemented, error.
 *
 * @internal
 */
export function createJsonReporter(directory: string, redact: Redactor): Reporter {
  return {
    onRunEnd: (report) =>
      writeReportFile(directory, "results.json", `${JSON.stringify(report, null, 2)}\n`, redact),
  };
}
