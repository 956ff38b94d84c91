import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { sha256 } from "../identity/sha256.js";
import type { Reporter } from "../reporters/reporter.js";
import type { Redactor } from "../reporters/secret-redactor.js";
import { writeReportFile } from "../reporters/write-report-file.js";
import { CERTIFICATE_FORMAT, type Certificate } from "./certificate.js";

/**
 * `certificate.json`, written after every other report file: `written` is the list of the run's report
 * files, filled as they are written, whose bytes on disk are hashed.
 *
 * @internal
 */
export function createCertificateReporter(
  directory: string,
  redact: Redactor,
  written: readonly string[],
): Reporter {
  return {
    onRunEnd: async (report) => {
      const files = await Promise.all(
        written.map(async (path) => ({ name: basename(path), sha256: sha256(await readFile(path)) })),
      );
      const certificate: Certificate = {
        format: CERTIFICATE_FORMAT,
        runId: report.runId,
        identity: report.identity,
        selection: report.selection,
        verdict: report.verdict,
        outcome: report.outcome,
        certified: report.certified,
        exitCode: report.exitCode,
        counts: report.summary.total,
        files: files.sort((a, b) => (a.name < b.name ? -1 : 1)),
      };
      return writeReportFile(
        directory,
        "certificate.json",
        `${JSON.stringify(certificate, null, 2)}\n`,
        redact,
      );
    },
  };
}
