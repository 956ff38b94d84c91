import { createCertificateReporter } from "../certificate/certificate-reporter.js";
import type { ReporterName } from "../config/run-config.js";
import { createBadgeReporter } from "./badge-reporter.js";
import { createHtmlReporter } from "./html-reporter.js";
import { createJsonReporter } from "./json-reporter.js";
import { createJunitReporter } from "./junit-reporter.js";
import { createMarkdownReporter } from "./markdown-reporter.js";
import type { Reporter } from "./reporter.js";
import type { Redactor } from "./secret-redactor.js";

/**
 * The report files asked for (the console view is made apart). The certificate comes after every other
 * file, whose paths the caller pushes onto `written` as they are written, since it holds their digests.
 *
 * @internal
 */
export function createFileReporters(
  names: readonly ReporterName[],
  directory: string,
  redact: Redactor,
  written: readonly string[],
): Reporter[] {
  const factories: Record<Exclude<ReporterName, "console">, () => Reporter> = {
    json: () => createJsonReporter(directory, redact),
    junit: () => createJunitReporter(directory, redact),
    markdown: () => createMarkdownReporter(directory, redact),
    html: () => createHtmlReporter(directory, redact),
    badge: () => createBadgeReporter(directory, redact),
    certificate: () => createCertificateReporter(directory, redact, written),
  };
  const last = (name: string): number => (name === "certificate" ? 1 : 0);
  return names
    .filter((name): name is Exclude<ReporterName, "console"> => name !== "console")
    .sort((a, b) => last(a) - last(b))
    .map((name) => factories[name]());
}
