import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Certificate } from "../../src/certificate/certificate.js";
import { sha256 } from "../../src/identity/sha256.js";
import type { RunReport } from "../../src/reporters/run-report.js";

/**
 * A copy of a results folder, to tamper with.
 *
 * @example
 * const copy = await copyBundle(dir);
 */
export async function copyBundle(directory: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), "bundle-"));
  await cp(directory, copy, { recursive: true });
  return copy;
}

/**
 * Rewrites results.json and certificate.json with `edit`; with `rehash`, the certificate's digests are
 * recomputed as a forger would, so only the checks beyond the digests can catch the edit.
 *
 * @example
 * await editBundle(copy, (results) => { results.cases.pop(); }, { rehash: true });
 */
export async function editBundle(
  directory: string,
  edit: (results: RunReport, certificate: Certificate) => void,
  options: { rehash: boolean },
): Promise<void> {
  const results = JSON.parse(await readFile(join(directory, "results.json"), "utf8")) as RunReport;
  const certificate = JSON.parse(await readFile(join(directory, "certificate.json"), "utf8")) as Certificate;
  edit(results, certificate);
  await writeFile(join(directory, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  if (options.rehash) {
    for (const file of certificate.files) file.sha256 = sha256(await readFile(join(directory, file.name)));
  }
  await writeFile(join(directory, "certificate.json"), `${JSON.stringify(certificate, null, 2)}\n`);
}
