// Docs on the public API only, and checked: every export of every package's src is tagged `@public` (an entry
// point exports it) or `@internal` (it does not, or the package is private), `@example` sits only on public API,
// and every example type-checks against the packages' entry points, as a user of the packages would write it.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPOSITORY } from "./support/readme-blocks.js";
import { createReadmeSandbox, SANDBOX_COMPILER_OPTIONS } from "./support/readme-sandbox.js";
import {
  type ExportedDeclaration,
  examplesOf,
  exportedDeclarations,
  importPath,
  PACKAGES,
  tagsOf,
} from "./support/tsdoc-exports.js";

const PRIVATE_PACKAGES = new Set<string>(
  PACKAGES.filter(
    (pkg) =>
      JSON.parse(readFileSync(join(REPOSITORY, pkg.directory, "package.json"), "utf8")).private === true,
  ).map((pkg) => pkg.directory),
);
const declarations = exportedDeclarations();
const packageOf = (declaration: ExportedDeclaration) => declaration.file.split("/src/")[0] ?? "";
const isPublic = (declaration: ExportedDeclaration) =>
  declaration.public && !PRIVATE_PACKAGES.has(packageOf(declaration));

describe("every export says whether it is public", () => {
  it.each(PACKAGES.map((pkg) => [pkg.directory]))(
    "%s: @public exactly on what an entry point exports",
    (directory) => {
      const wrong = declarations
        .filter((declaration) => packageOf(declaration) === directory)
        .flatMap((declaration) => {
          const tags = tagsOf(declaration.doc);
          const expected = isPublic(declaration) ? "@public" : "@internal";
          const other = expected === "@public" ? "@internal" : "@public";
          return tags.includes(expected) && !tags.includes(other)
            ? []
            : [`${declaration.where} ${declaration.name}: ${expected}`];
        });
      expect(wrong).toEqual([]);
    },
  );

  it("finds the exports it checks (a broken scan would pass everything)", () => {
    expect(declarations.filter(isPublic).length).toBeGreaterThan(100);
    expect(declarations.filter((declaration) => !isPublic(declaration)).length).toBeGreaterThan(100);
  });
});

describe("examples only on public API", () => {
  it("no @example on an @internal export", () => {
    const stray = declarations
      .filter((declaration) => !isPublic(declaration) && tagsOf(declaration.doc).includes("@example"))
      .map((declaration) => `${declaration.where} ${declaration.name}`);
    expect(stray).toEqual([]);
  });

  it("every @example is a ```ts block (so it is type-checked)", () => {
    const unfenced = declarations
      .filter(
        (declaration) =>
          tagsOf(declaration.doc).filter((tag) => tag === "@example").length >
          examplesOf(declaration.doc).length,
      )
      .map((declaration) => `${declaration.where} ${declaration.name}`);
    expect(unfenced).toEqual([]);
  });
});

// Every name an entry point exports, to import for an example that has no import of its own.
function entryNames(entryFile: string): string[] {
  const text = readFileSync(join(REPOSITORY, entryFile), "utf8");
  const names = new Set<string>();
  for (const match of text.matchAll(/^export (?:type )?\{([^}]*)\}/gm)) {
    for (const specifier of (match[1] ?? "").split(",")) {
      const name = specifier
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  for (const match of text.matchAll(
    /^export (?:declare )?(?:async )?(?:function|const|class|interface|type) +(\w+)/gm,
  ))
    if (match[1]) names.add(match[1]);
  return [...names];
}

describe("examples type-check against the entry points", () => {
  const examples = declarations.filter(isPublic).flatMap((declaration) =>
    examplesOf(declaration.doc).map((code, index) => ({
      where: `${declaration.where} ${declaration.name}${index > 0 ? ` #${index + 1}` : ""}`,
      code,
      from: declaration.importedFrom ?? "",
    })),
  );
  const sandbox = createReadmeSandbox();
  const directory = join(sandbox.root, "examples");
  let diagnostics = "";
  afterAll(() => rmSync(sandbox.root, { recursive: true, force: true }));

  beforeAll(() => {
    mkdirSync(directory);
    const entryFiles = new Map(
      PACKAGES.flatMap((pkg) =>
        pkg.entries.map((entry) => [importPath(pkg.name, entry), join(pkg.directory, "src", entry)]),
      ),
    );
    examples.forEach((example, index) => {
      // An example uses its package's exports by name; it imports the rest (other packages, fast-check) itself.
      const own = new Set(
        [...example.code.matchAll(/^import (?:type )?(?:(\w+)|\{([^}]*)\})/gm)].flatMap((match) =>
          (match[1] ?? match[2] ?? "").split(",").map(
            (name) =>
              name
                .trim()
                .replace(/^type\s+/, "")
                .split(/\s+as\s+/)
                .pop() ?? "",
          ),
        ),
      );
      const names = entryNames(entryFiles.get(example.from) ?? "").filter((name) => !own.has(name));
      const prelude = `import { ${names.join(", ")} } from "${example.from}";`;
      writeFileSync(
        join(directory, `example-${index}.ts`),
        `// ${example.where}\n${prelude}\n${example.code}\nexport {};\n`,
      );
    });
    const compilerOptions = { ...SANDBOX_COMPILER_OPTIONS, noEmit: true };
    writeFileSync(join(directory, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["*.ts"] }));
    writeFileSync(join(directory, "package.json"), JSON.stringify({ type: "module" }));
    const tsc = spawnSync(join(REPOSITORY, "node_modules/.bin/tsc"), ["-p", "."], {
      cwd: directory,
      env: sandbox.env,
      encoding: "utf8",
      timeout: 240_000,
    });
    diagnostics = `${tsc.stdout}${tsc.stderr}`;
  }, 300_000);

  it("has examples to check", () => {
    expect(examples.length).toBeGreaterThan(50);
  });

  it.each(examples.map((example, index) => [example.where, index] as const))("%s", (_where, index) => {
    const errors = diagnostics.split("\n").filter((line) => line.startsWith(`example-${index}.ts`));
    expect(errors).toEqual([]);
  });
});
