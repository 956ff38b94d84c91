/**
 * Writes `--port -1` as `--port=-1` for options that take a value, so node:util `parseArgs` hands the
 * value to the option's own check ("must be an integer from 0 to 65535") instead of refusing it as an
 * "ambiguous argument". Only a dash followed by a digit or a dot is joined: `--host --port` still reads
 * as two options.
 *
 * @example
 * ```ts
 * attachDashValues(["--port", "-1"], ["port"]); // ["--port=-1"]
 * ```
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
