import { nearestWords } from "./nearest-words.js";

/**
 * The one line a CLI prints for a node:util
 * `parseArgs` error: its first sentence, without node's advice about `--`, and for an unknown option the
 * nearest known one ("Unknown option '--endpiont': did you mean --endpoint?").
 *
 * @internal
 */
export function explainArgumentError(error: unknown, optionNames: readonly string[]): string {
  const { code, message = "invalid arguments" } = (error ?? {}) as NodeJS.ErrnoException;
  const first = (message.split("\n")[0] ?? message).split(". To specify")[0] ?? message;
  const unknown = /^Unknown option '(--?[^']+)'/.exec(first)?.[1];
  if (code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION" || unknown === undefined) return first;
  const [nearest] = nearestWords(
    unknown,
    optionNames.map((name) => `--${name}`),
  );
  return nearest === undefined ? first : `${first}: did you mean ${nearest}?`;
}
