import type { RunConfig } from "./run-config.js";

/**
 * The configuration as reports show it: no credentials (they never enter `RunConfig`), the profile name
 * kept, and the account id masked to its last four digits so published results do not expose it.
 *
 * @internal
 */
export function redactConfig(config: RunConfig): Record<string, unknown> {
  const { selection, accountId, color: _color, commandLine: _commandLine, ...rest } = config;
  return {
    ...rest,
    ...(accountId ? { accountId: maskAccountId(accountId) } : {}),
    grep: selection.grep,
    tags: selection.tags,
    excludeTags: selection.excludeTags,
  };
}

/**
 * Masks all but the last four digits.
 *
 * @internal
 */
export function maskAccountId(accountId: string): string {
  return `${"*".repeat(Math.max(0, accountId.length - 4))}${accountId.slice(-4)}`;
}
