import { ConfigurationError, nearestWords } from "@s3-inventory/cli-kit";
import type { ConformanceCase } from "@s3-inventory/fixtures";

/**
 * Which cases to run: `grep` is a case-insensitive regular expression; a case matches when it matches the id
 * or "<id> <title>" (so `^put-status-204$` and `^list-` select by id, `^(?!limit-)` excludes by id, and words
 * find titles); a case must carry one of `tags` (when given) and none of `excludeTags`.
 *
 * @internal
 */
export interface CaseSelection {
  grep?: string;
  tags: string[];
  excludeTags: string[];
}

/**
 * Applies the selection. An empty result is an error, never a vacuous pass (a misspelt filter must not
 * report "0 cases, all passed"); so is a tag that no case carries.
 *
 * @internal
 */
export function selectCases(cases: readonly ConformanceCase[], selection: CaseSelection): ConformanceCase[] {
  const known = new Set(cases.flatMap((c) => c.tags));
  for (const tag of [...selection.tags, ...selection.excludeTags]) {
    if (!known.has(tag))
      throw new ConfigurationError(
        `no case has the tag "${tag}" (known tags: ${[...known].sort().join(", ")})`,
      );
  }
  let pattern: RegExp | undefined;
  if (selection.grep !== undefined) {
    try {
      pattern = new RegExp(selection.grep, "i");
    } catch {
      throw new ConfigurationError(`--grep ${selection.grep} is not a valid regular expression`);
    }
  }
  const selected = cases.filter(
    (c) =>
      (pattern === undefined || pattern.test(c.id) || pattern.test(`${c.id} ${c.title}`)) &&
      (selection.tags.length === 0 || c.tags.some((tag) => selection.tags.includes(tag))) &&
      !c.tags.some((tag) => selection.excludeTags.includes(tag)),
  );
  if (selected.length === 0) {
    // A misspelt id is the usual cause: name the ids nearest to the pattern read as plain text.
    const literal = selection.grep?.replace(/^\^|\$$/g, "").replace(/\\(.)/g, "$1") ?? "";
    const nearest =
      literal === ""
        ? []
        : nearestWords(
            literal,
            cases.map((c) => c.id),
          );
    throw new ConfigurationError(
      nearest.length > 0
        ? `--grep ${selection.grep} matches no case; nearest ids: ${nearest.join(", ")} (see --list)`
        : "the selection matches no case: check --grep, --tag and --exclude-tag (see --list)",
    );
  }
  return selected;
}
