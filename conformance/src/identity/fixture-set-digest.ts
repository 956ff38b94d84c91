import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { sha256 } from "./sha256.js";

/**
 * The SHA-256 of a fixture set as shipped: every `*.json` file of its cases folder and, for the shipped set,
 * of its `evidence/` folder beside it (the ledger that decides which steps can fail a certification), as
 * `cases/<name>` and `evidence/<name>` in code-point order, each contributing `<path>\0<sha256 of its
 * bytes>\n`. Equal folders give equal digests on every OS; one changed byte, one file more or less, changes it.
 *
 * @internal
 */
export async function fixtureSetDigest(
  casesDirectory: string,
  options: { withEvidence: boolean },
): Promise<string> {
  const folders: Array<[string, string]> = [["cases", casesDirectory]];
  if (options.withEvidence) folders.push(["evidence", join(casesDirectory, "..", "evidence")]);
  const files: Array<[string, string]> = [];
  for (const [label, folder] of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith(".json")))
      files.push([`${label}/${name}`, join(folder, name)]);
  }
  files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const whole = createHash("sha256");
  for (const [path, file] of files) whole.update(`${path}\0${sha256(await readFile(file))}\n`);
  return whole.digest("hex");
}
