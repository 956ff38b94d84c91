import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { sha256 } from "./sha256.js";

/**
 * The SHA-256 of a fixture set as shipped: every `*.json` file of its cases folder, by name in code-point
 * order, each contributing `<name>\0<sha256 of its bytes>\n`. Equal folders give equal digests on every OS;
 * one changed byte, one file more or less, changes it.
 *
 * @example
 * await fixtureSetDigest("node_modules/@s3-inventory/fixtures/cases"); // "3f1c…" (64 hex digits)
 */
export async function fixtureSetDigest(directory: string): Promise<string> {
  const names = (await readdir(directory)).filter((name) => name.endsWith(".json")).sort();
  const whole = createHash("sha256");
  for (const name of names) {
    const bytes = await readFile(join(directory, name));
    whole.update(`${name}\0${sha256(bytes)}\n`);
  }
  return whole.digest("hex");
}
