// The exported declarations of every package's src, with their tsdoc, and which of them a package entry point
// makes public: what the tsdoc test checks (tags, examples only on public API, examples that type-check).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { REPOSITORY } from "./readme-blocks.js";

/** Every package, and its entry points (the `src` files its package.json `exports` point at). */
export const PACKAGES = [
  { name: "@s3-inventory/model", directory: "packages/model", entries: ["index.ts", "testing/index.ts"] },
  { name: "@s3-inventory/client", directory: "packages/client", entries: ["index.ts"] },
  {
    name: "@s3-inventory/mock",
    directory: "packages/mock",
    entries: ["index.ts", "msw/index.ts", "server/index.ts"],
  },
  { name: "@s3-inventory/cli-kit", directory: "packages/cli-kit", entries: ["index.ts"] },
  { name: "@s3-inventory/fixtures", directory: "fixtures", entries: ["index.ts"] },
  { name: "@s3-inventory/conformance", directory: "conformance", entries: ["index.ts"] },
] as const;

/** The subpath an entry file is imported by (`testing/index.ts` is `@s3-inventory/model/testing`). */
export function importPath(packageName: string, entry: string): string {
  const subpath = dirname(entry);
  return subpath === "." ? packageName : `${packageName}/${subpath}`;
}

/** One exported declaration of a src file. */
export interface ExportedDeclaration {
  /** `packages/model/src/rules/limits.ts:12`. */
  where: string;
  /** Repository-relative path of the file. */
  file: string;
  name: string;
  /** The tsdoc right above it (`//` lines may sit between), or "" for none. */
  doc: string;
  /** Whether an entry point of its package re-exports it (or declares it). */
  public: boolean;
  /** Its package, when public: the import path of the (first) entry point exporting it. */
  importedFrom: string | undefined;
}

const DECLARATION =
  /^export (?:declare )?(?:default )?(?:async )?(?:abstract )?(?:function\*?|const|let|class|interface|type|enum|namespace) +([A-Za-z_$][\w$]*)/;

/** Every `.ts` file under `directory` that is not a test. */
function sourceFiles(directory: string): string[] {
  return readdirSync(join(REPOSITORY, directory), { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".ts") && !path.endsWith(".test.ts") && !path.endsWith(".d.ts"))
    .map((path) => join(directory, path))
    .sort();
}

// `export { a, type B, c as d } from "./x.js"` and `export type { ... } from "./x.js"` of an entry file.
function reExports(entryFile: string): Array<{ file: string; name: string }> {
  const text = readFileSync(join(REPOSITORY, entryFile), "utf8");
  const found: Array<{ file: string; name: string }> = [];
  for (const match of text.matchAll(/^export (?:type )?\{([^}]*)\} from "(\.[^"]+)";/gm)) {
    const target = join(dirname(entryFile), (match[2] ?? "").replace(/\.js$/, ".ts"));
    for (const specifier of (match[1] ?? "").split(",")) {
      const name = specifier
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)[0];
      if (name) found.push({ file: target, name });
    }
  }
  return found;
}

/** The exported declarations of every package's src, in file order. */
export function exportedDeclarations(): ExportedDeclaration[] {
  const declarations: ExportedDeclaration[] = [];
  for (const pkg of PACKAGES) {
    const publicNames = new Map<string, string>();
    for (const entry of pkg.entries) {
      const entryFile = join(pkg.directory, "src", entry);
      const from = importPath(pkg.name, entry);
      for (const { file, name } of reExports(entryFile)) {
        const key = `${file}#${name}`;
        if (!publicNames.has(key)) publicNames.set(key, from);
      }
      const own = readFileSync(join(REPOSITORY, entryFile), "utf8");
      for (const line of own.split("\n")) {
        const name = DECLARATION.exec(line)?.[1];
        if (name && !publicNames.has(`${entryFile}#${name}`)) publicNames.set(`${entryFile}#${name}`, from);
      }
    }
    for (const file of sourceFiles(join(pkg.directory, "src"))) {
      const lines = readFileSync(join(REPOSITORY, file), "utf8").split("\n");
      let previousName: string | undefined;
      lines.forEach((line, index) => {
        const name = DECLARATION.exec(line)?.[1];
        if (!name) {
          // Another top-level statement ends a run of overloads.
          if (/^(?:import|const|let|var|function|class|interface|type|enum)\b/.test(line))
            previousName = undefined;
          return;
        }
        // An overload or the type half of a const-and-type pair documented just above counts once.
        const doc = docAbove(lines, index);
        if (name === previousName && doc === "") return;
        previousName = name;
        const importedFrom = publicNames.get(`${file}#${name}`);
        declarations.push({
          where: `${relative(REPOSITORY, join(REPOSITORY, file))}:${index + 1}`,
          file,
          name,
          doc,
          public: importedFrom !== undefined,
          importedFrom,
        });
      });
    }
  }
  return declarations;
}

function docAbove(lines: string[], index: number): string {
  let at = index - 1;
  while (at >= 0 && /^\s*\/\/(?!\/)/.test(lines[at] ?? "")) at--;
  if (!/\*\/\s*$/.test(lines[at] ?? "")) return "";
  const end = at;
  while (at >= 0 && !/^\s*\/\*\*/.test(lines[at] ?? "")) at--;
  return at < 0 ? "" : lines.slice(at, end + 1).join("\n");
}

/** The tags of a tsdoc: `@public`, `@internal`, `@example`, ... */
export function tagsOf(doc: string): string[] {
  return [...doc.matchAll(/(?<![\w`])@(public|internal|example)\b/g)].map((match) => `@${match[1]}`);
}

/** The ```ts blocks of a tsdoc's `@example` sections, without the leading ` * `. */
export function examplesOf(doc: string): string[] {
  const body = doc
    .split("\n")
    .map((line) => line.replace(/^\s*\/?\*\*?\/?\s?/, "").replace(/\s*\*\/$/, ""))
    .join("\n");
  return [...body.matchAll(/```ts\n([\s\S]*?)\n```/g)].map((match) => match[1] ?? "");
}
