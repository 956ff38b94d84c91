import { readFile } from "node:fs/promises";
import { ConfigurationError } from "@s3-inventory/cli-kit";
import { parse as parseYaml } from "yaml";

/**
 * One declared deviation: a case the vendor knows fails, why, and where it is tracked.
 *
 * @internal
 */
export interface ExpectedFailure {
  id: string;
  reason: string;
  link?: string;
}

/**
 * Reads `--expected-failures FILE`: JSON or YAML (by content: JSON is YAML), a list of
 * `{ id, reason, link? }`. Every id must be a case of the fixture set and appear once; every reason must say
 * something; a link must be an http(s) URL. Any mistake is one `ConfigurationError` line (exit 2).
 *
 * @internal
 */
export async function readExpectedFailures(
  path: string,
  caseIds: readonly string[],
): Promise<ExpectedFailure[]> {
  const text = await readFile(path, "utf8").catch(() => {
    throw new ConfigurationError(`--expected-failures ${path} cannot be read`);
  });
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 0 });
  } catch (error) {
    throw new ConfigurationError(
      `--expected-failures ${path} is not JSON or YAML: ${(error as Error).message.split("\n")[0]}`,
    );
  }
  if (!Array.isArray(data))
    throw new ConfigurationError(
      `--expected-failures ${path} must be a list of { id, reason, link? } (e.g. - id: put-status-204)`,
    );
  const known = new Set(caseIds);
  const seen = new Set<string>();
  return data.map((entry: unknown, index) => {
    const where = `--expected-failures ${path} entry ${index + 1}`;
    const { id, reason, link } = (entry ?? {}) as Record<string, unknown>;
    if (typeof id !== "string" || !known.has(id))
      throw new ConfigurationError(`${where}: id ${JSON.stringify(id)} is not a case (see --list)`);
    if (seen.has(id)) throw new ConfigurationError(`${where}: ${id} is listed twice`);
    seen.add(id);
    if (typeof reason !== "string" || reason.trim() === "")
      throw new ConfigurationError(`${where}: ${id} needs a reason`);
    if (link !== undefined && (typeof link !== "string" || !/^https?:\/\/\S+$/.test(link)))
      throw new ConfigurationError(`${where}: ${id} link must be an http(s) URL`);
    return { id, reason: reason.trim(), ...(typeof link === "string" ? { link } : {}) };
  });
}
