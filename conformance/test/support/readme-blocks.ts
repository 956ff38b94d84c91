// The fenced code blocks of the project's READMEs, with what the README test needs to know about each.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPOSITORY = fileURLToPath(new URL("../../../", import.meta.url));

/** The root README and every package's. */
export const READMES = [
  "README.md",
  "packages/model/README.md",
  "packages/client/README.md",
  "packages/mock/README.md",
  "fixtures/README.md",
  "conformance/README.md",
] as const;

export interface ReadmeBlock {
  /** `packages/mock/README.md:88`, for test names and failures. */
  where: string;
  file: string;
  /** The first word of the info string: `sh`, `ts`, ... */
  language: string;
  /** `run` (also execute a TypeScript block), `no-run` (with `reason`), or nothing. */
  mode: "run" | "no-run" | "check";
  /** Why a `no-run` block cannot run here: the rest of its info string. */
  reason: string;
  code: string;
  /** TypeScript declarations from an `<!-- readme-test: ... -->` comment right above the fence. */
  prelude: string;
}

/**
 * Every fenced block of `file` (relative to the repository), in order. The info string carries the mode:
 * ```` ```sh no-run needs real AWS credentials ````, ```` ```ts run ````.
 */
export function readmeBlocks(file: string): ReadmeBlock[] {
  const lines = readFileSync(join(REPOSITORY, file), "utf8").split("\n");
  const blocks: ReadmeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^(`{3,})(.*)$/.exec(lines[index] ?? "");
    if (!open) continue;
    const fence = open[1] ?? "```";
    const end = lines.findIndex((line, at) => at > index && line.startsWith(fence));
    if (end === -1) throw new Error(`${file}:${index + 1}: the code block is never closed`);
    const [language = "", mode = "", ...rest] = (open[2] ?? "").trim().split(/\s+/);
    const previous = /^<!--\s*readme-test:(.*)-->$/.exec(lines[index - 1] ?? "");
    blocks.push({
      where: `${file}:${index + 1}`,
      file,
      language,
      mode: mode === "run" || mode === "no-run" ? mode : "check",
      reason: rest.join(" "),
      code: lines.slice(index + 1, end).join("\n"),
      prelude: previous?.[1]?.trim() ?? "",
    });
    index = end;
  }
  return blocks;
}

export const isShell = (block: ReadmeBlock): boolean => ["sh", "bash", "shell"].includes(block.language);
export const isTypeScript = (block: ReadmeBlock): boolean => ["ts", "typescript"].includes(block.language);
