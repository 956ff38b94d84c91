import { parseArgs } from "node:util";
import { UsageError } from "./cli-error.js";
import { explainArgumentError } from "./explain-argument-error.js";

/**
 * The options of a command, in node:util `parseArgs`' form.
 * @internal
 */
export type CliOptions = Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }>;

/**
 * The argument-parsing set-up both bins share: node:util `parseArgs`, strict, no positionals. This is the
 * one place an unknown option or a missing value is reported: as a {@link UsageError} of one line, without
 * node's advice about `--` (which does not apply to these commands), naming the nearest known option. `--port -1` reaches the option's own
 * check as `--port=-1` instead of being refused as an "ambiguous argument".
 * @internal
 */
export function parseCliArguments<const Options extends CliOptions>(
  argv: readonly string[],
  options: Options,
): ReturnType<typeof parseArgs<{ options: Options; strict: true; allowPositionals: false }>>["values"] {
  const valueOptions = Object.keys(options).filter((name) => options[name]?.type === "string");
  try {
    return parseArgs({
      args: attachDashValues(argv, valueOptions),
      options,
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError(explainArgumentError(error, Object.keys(options)));
  }
}

/**
 * Writes `--port -1` as `--port=-1` for options that take a value, so `parseArgs` hands the value to the
 * option's own check. Only a dash followed by a digit or a dot is joined: `--host --port` still reads as two
 * options.
 * @internal
 */
export function attachDashValues(argv: readonly string[], valueOptions: readonly string[]): string[] {
  const takesValue = new Set(valueOptions.map((name) => `--${name}`));
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? "";
    const next = argv[index + 1];
    if (takesValue.has(argument) && next !== undefined && /^-[\d.]/.test(next)) {
      joined.push(`${argument}=${next}`);
      index++;
    } else {
      joined.push(argument);
    }
  }
  return joined;
}
