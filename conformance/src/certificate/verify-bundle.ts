import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { sha256 } from "../identity/sha256.js";
import { buildRunReport, type RunReport } from "../reporters/run-report.js";
import { describePartialSelection, isWholeSet } from "../verdict/run-selection.js";
import { CERTIFICATE_FORMAT, type Certificate } from "./certificate.js";

/**
 * The fixture set this runner ships, which a bundle's fixture digest and case ids are checked against.
 *
 * @internal
 */
export interface ShippedFixtures {
  version: string;
  sha256: string;
  caseIds: readonly string[];
}

/**
 * One condition of a valid certification and whether it holds, in words a reader can act on.
 *
 * @internal
 */
export interface BundleCheck {
  name: "certificate" | "files" | "identity" | "selection" | "fixtures" | "verdict";
  holds: boolean;
  detail: string;
}

/**
 * Checks a published results folder: `certificate.json` is there; every file it lists is there, unmodified;
 * `results.json` states the certificate's identity; the run was the whole shipped case set, unfiltered;
 * its fixture digest and case ids are this runner's when it ships that fixture version (otherwise that is
 * said, and it does not hold: nothing was checked); and the verdict, exit code and counts follow from
 * the case statuses. Every check is returned, holding or not; a bundle is verified when all hold.
 *
 * @internal
 */
export async function verifyBundle(directory: string, shipped: ShippedFixtures): Promise<BundleCheck[]> {
  const certificateText = await readFile(join(directory, "certificate.json"), "utf8").catch(() => undefined);
  if (certificateText === undefined)
    return [fail("certificate", "no certificate.json in the folder (run with --reporter certificate)")];
  let certificate: Certificate;
  try {
    certificate = JSON.parse(certificateText) as Certificate;
  } catch {
    return [fail("certificate", "certificate.json is not JSON")];
  }
  if (certificate.format !== CERTIFICATE_FORMAT || !Array.isArray(certificate.files))
    return [fail("certificate", `certificate.json is not a ${CERTIFICATE_FORMAT} certificate`)];
  const checks: BundleCheck[] = [{ name: "certificate", holds: true, detail: "certificate.json read" }];
  checks.push(await checkFiles(directory, certificate));
  const resultsText = await readFile(join(directory, "results.json"), "utf8").catch(() => undefined);
  let results: RunReport | undefined;
  try {
    results = resultsText === undefined ? undefined : (JSON.parse(resultsText) as RunReport);
  } catch {
    results = undefined;
  }
  if (results === undefined || !Array.isArray(results.cases)) {
    checks.push(
      fail("identity", "results.json is missing or not a results file: nothing else can be checked"),
    );
    return checks;
  }
  checks.push(
    JSON.stringify(results.identity) === JSON.stringify(certificate.identity)
      ? { name: "identity", holds: true, detail: "results.json states the certificate's identity" }
      : fail("identity", "results.json states another identity than certificate.json"),
  );
  checks.push(checkSelection(certificate, results, shipped));
  checks.push(checkFixtures(certificate, shipped));
  checks.push(checkVerdict(certificate, results));
  return checks;
}

async function checkFiles(directory: string, certificate: Certificate): Promise<BundleCheck> {
  const problems: string[] = [];
  if (!certificate.files.some((file) => file.name === "results.json"))
    problems.push("results.json is not among the certified files");
  for (const file of certificate.files) {
    const bytes = await readFile(join(directory, file.name)).catch(() => undefined);
    if (bytes === undefined) problems.push(`${file.name} is missing`);
    else if (sha256(bytes) !== file.sha256)
      problems.push(`${file.name} was modified (sha256 ${sha256(bytes)}, certified ${file.sha256})`);
  }
  return problems.length > 0
    ? fail("files", problems.join("; "))
    : {
        name: "files",
        holds: true,
        detail: `${certificate.files.length} files unmodified: ${certificate.files.map((f) => f.name).join(", ")}`,
      };
}

function checkSelection(certificate: Certificate, results: RunReport, shipped: ShippedFixtures): BundleCheck {
  const { selection } = certificate;
  const { fixtureSet } = certificate.identity;
  const problems: string[] = [];
  if (JSON.stringify(selection) !== JSON.stringify(results.selection))
    problems.push("results.json states another selection than certificate.json");
  if (!isWholeSet(selection)) problems.push(`the run was ${describePartialSelection(selection)}`);
  if (fixtureSet.source !== "shipped") problems.push("the cases were not the shipped fixture set (--cases)");
  const ids = results.cases.map((c) => c.id);
  if (new Set(ids).size !== ids.length) problems.push("results.json lists a case twice");
  if (ids.length !== selection.published)
    problems.push(`results.json holds ${ids.length} cases, the published set ${selection.published}`);
  if (fixtureSet.version === shipped.version) {
    const missing = shipped.caseIds.filter((id) => !ids.includes(id));
    const unknown = ids.filter((id) => !shipped.caseIds.includes(id));
    if (missing.length > 0) problems.push(`cases missing from results.json: ${missing.join(", ")}`);
    if (unknown.length > 0) problems.push(`cases not in fixtures ${shipped.version}: ${unknown.join(", ")}`);
  }
  return problems.length > 0
    ? fail("selection", problems.join("; "))
    : { name: "selection", holds: true, detail: `full and unfiltered: all ${ids.length} cases ran` };
}

function checkFixtures(certificate: Certificate, shipped: ShippedFixtures): BundleCheck {
  const { version, sha256: digest } = certificate.identity.fixtureSet;
  if (version !== shipped.version)
    return fail(
      "fixtures",
      `the run names fixtures ${version}; this runner ships ${shipped.version}, so the fixture digest cannot be checked: verify with the runner that ships it (npx @s3-inventory/conformance@${certificate.identity.runner.version} verify DIR)`,
    );
  return digest === shipped.sha256
    ? { name: "fixtures", holds: true, detail: `fixtures ${version}, sha256 matches the shipped set` }
    : fail("fixtures", `fixtures ${version} sha256 ${digest} is not the shipped set's ${shipped.sha256}`);
}

// The verdict, exit code and counts are recomputed from the case statuses with the runner's own rules.
function checkVerdict(certificate: Certificate, results: RunReport): BundleCheck {
  const config = results.config as { allowSkipped?: boolean; strictExpected?: boolean };
  const recomputed = buildRunReport(results, results.cases, results.durationMs, results.interrupted, {
    allowSkipped: config.allowSkipped === true,
    strictExpected: config.strictExpected === true,
    selection: certificate.selection,
  });
  const problems: string[] = [];
  for (const [label, stated] of [
    ["results.json", results],
    ["certificate.json", certificate],
  ] as const) {
    if (stated.verdict !== recomputed.verdict)
      problems.push(`${label} says "${stated.verdict}", the statuses give "${recomputed.verdict}"`);
    if (stated.exitCode !== recomputed.exitCode)
      problems.push(`${label} says exit ${stated.exitCode}, the statuses give exit ${recomputed.exitCode}`);
    if (stated.certified !== recomputed.certified)
      problems.push(`${label} says certified ${stated.certified}, the statuses give ${recomputed.certified}`);
  }
  if (JSON.stringify(certificate.counts) !== JSON.stringify(recomputed.summary.total))
    problems.push(
      `certificate.json counts ${JSON.stringify(certificate.counts)}, the statuses ${JSON.stringify(recomputed.summary.total)}`,
    );
  return problems.length > 0
    ? fail("verdict", problems.join("; "))
    : { name: "verdict", holds: true, detail: `"${recomputed.verdict}" follows from the statuses` };
}

function fail(name: BundleCheck["name"], detail: string): BundleCheck {
  return { name, holds: false, detail };
}
