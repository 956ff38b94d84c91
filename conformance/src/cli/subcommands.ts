import { evidenceCommand } from "../evidence/evidence-command.js";
import { compareCommand } from "./compare-command.js";
import { mergeCommand } from "./merge-command.js";
import { verifyCommand } from "./verify-command.js";

/**
 * A command other than a run: `verify`, `compare`, `merge`. Each takes its own arguments and returns its
 * exit code; bad usage throws a `ConfigurationError` (exit 2).
 *
 * @internal
 */
export type Subcommand = (argv: readonly string[], stdout: (text: string) => void) => Promise<0 | 1>;

/**
 * The subcommands by name (the first argument).
 *
 * @internal
 */
export const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = {
  verify: verifyCommand,
  merge: mergeCommand,
  compare: compareCommand,
  evidence: evidenceCommand,
};
