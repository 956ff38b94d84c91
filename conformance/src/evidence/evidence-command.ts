import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ConfigurationError } from "@s3-inventory/cli-kit";
import { formatMismatch } from "../reporters/format-mismatch.js";
import { createJudge, type FindingKind, type StepFinding } from "./judge-recording.js";
import { ledgerEntryOf, refusalOf } from "./promotion.js";
import { readRecordedSteps, readRecordingMeta } from "./read-recording.js";

const SECTIONS: Array<[FindingKind, string]> = [
  [
    "documented-contradicted",
    "documented facts contradicted (the case's evidence says otherwise: look here first)",
  ],
  ["inference-contradicted", "inferences contradicted"],
  ["inference-confirmed", "inferences confirmed"],
];

/**
 * `s3-inventory-conformance evidence DIR [--out FILE]`: reads a recording made with `--record DIR` and reports,
 * per step, documented facts contradicted, inferences contradicted (with the diff) and inferences confirmed.
 * For a recording of AWS S3 itself, the confirmed inferences become ledger entries of kind `recorded`, written
 * for review to FILE (default `DIR/recorded-evidence.json`), never into the repository; any other recording
 * (another endpoint, the msw target, an intercepted rehearsal) is refused with the reason. Exit 1 when a
 * documented fact is contradicted or promotion is refused, 0 otherwise.
 *
 * @internal
 */
export async function evidenceCommand(
  argv: readonly string[],
  stdout: (text: string) => void,
): Promise<0 | 1> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new ConfigurationError(
      `evidence: ${(error as Error).message.split(". To specify")[0]} (usage: evidence DIR [--out FILE])`,
    );
  }
  const [directory, ...extra] = parsed.positionals;
  if (directory === undefined || extra.length > 0)
    throw new ConfigurationError("evidence needs one recording folder: evidence DIR [--out FILE]");
  const meta = await readRecordingMeta(directory);
  const judge = createJudge();
  const origins = new Set<string>();
  for await (const line of readRecordedSteps(directory)) {
    judge.add(line);
    for (const { request } of line.exchanges) origins.add(new URL(request.url).origin);
  }
  const findings = judge.findings();
  stdout(
    `evidence in ${directory}: ${meta.target} ${meta.endpointHost}, ${meta.region}, ${meta.startedAt}, runner ${meta.runner.version}, fixtures ${meta.fixtureSet.version}${meta.intercepted ? " (intercepted)" : ""}\n`,
  );
  for (const [kind, title] of SECTIONS) {
    const of = findings.filter((f) => f.kind === kind);
    stdout(`\n${title}: ${of.length}\n`);
    for (const finding of of) stdout(describeFinding(finding));
  }
  const held = findings.filter((f) => f.kind === "documented-held").length;
  stdout(`\ndocumented facts held: ${held} step(s)\n\n`);
  const contradicted = findings.some((f) => f.kind === "documented-contradicted");
  const confirmed = findings.filter((f) => f.kind === "inference-confirmed");
  const refusal = refusalOf(meta, origins);
  if (refusal !== undefined) {
    stdout(`not promoted to evidence: ${refusal}\n`);
    return 1;
  }
  if (confirmed.length === 0) {
    stdout("no confirmed inference to promote\n");
    return contradicted ? 1 : 0;
  }
  const out = parsed.values.out ?? join(directory, "recorded-evidence.json");
  const entries = confirmed.map((finding) => ledgerEntryOf(meta, finding));
  try {
    await writeFile(out, `${JSON.stringify({ entries }, null, 2)}\n`);
  } catch (error) {
    throw new ConfigurationError(`evidence: cannot write ${out}: ${(error as Error).message}`);
  }
  stdout(
    `wrote ${entries.length} ledger entr${entries.length === 1 ? "y" : "ies"} of kind recorded to ${out}: review them, publish the recording and cite it, then add them to the ledger\n`,
  );
  return contradicted ? 1 : 0;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: { out: { type: "string" } },
  });
}

function describeFinding(finding: StepFinding): string {
  const iteration = finding.line.iteration === undefined ? "" : ` (iteration ${finding.line.iteration})`;
  const lines = [
    `  ${finding.case} step ${finding.step}${iteration} "${finding.name}" (${finding.operation}): answered ${finding.answered}`,
  ];
  const evidence = finding.line.inferred ?? `${finding.line.evidence.kind}: ${finding.line.evidence.source}`;
  lines.push(`    evidence: ${evidence.length > 200 ? `${evidence.slice(0, 199)}…` : evidence}`);
  for (const mismatch of finding.diff.slice(0, 5)) lines.push(`    - ${formatMismatch(mismatch)}`);
  return `${lines.join("\n")}\n`;
}
