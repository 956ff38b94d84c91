// A folder outside the repository where README blocks run as a package user would run them: its own
// package.json, a node_modules that links the workspace's packages and their dependencies, and the
// repository's bins on PATH (so `pnpm exec s3-inventory-mock` works there).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPOSITORY } from "./readme-blocks.js";

const PACKAGES = ["packages/model", "packages/client", "packages/mock", "fixtures", "conformance"];

/** How code in the sandbox is type-checked: as a strict ESM user of the packages would. */
export const SANDBOX_COMPILER_OPTIONS = {
  target: "es2022",
  module: "nodenext",
  moduleResolution: "nodenext",
  strict: true,
  skipLibCheck: true,
  types: ["node"],
};

/** Creates the sandbox; the caller removes `root` when done. */
export function createReadmeSandbox(): { root: string; env: Record<string, string> } {
  const root = mkdtempSync(join(tmpdir(), "s3-inventory-readme-"));
  writeFileSync(
    join(root, "package.json"),
    `${JSON.stringify({ name: "readme-check", private: true, type: "module" })}\n`,
  );
  const modules = join(root, "node_modules");
  mkdirSync(join(modules, "@s3-inventory"), { recursive: true });
  for (const path of PACKAGES) {
    const name = path.split("/").pop() ?? path;
    symlinkSync(join(REPOSITORY, path), join(modules, "@s3-inventory", name));
  }
  // The first package that has a dependency provides it (scoped names one by one).
  for (const from of [".", ...PACKAGES].map((path) => join(REPOSITORY, path, "node_modules"))) {
    if (!existsSync(from)) continue;
    for (const entry of readdirSync(from)) {
      if (entry.startsWith(".") || entry === "@s3-inventory") continue;
      if (entry.startsWith("@")) {
        mkdirSync(join(modules, entry), { recursive: true });
        for (const scoped of readdirSync(join(from, entry))) {
          const link = join(modules, entry, scoped);
          if (!existsSync(link)) symlinkSync(join(from, entry, scoped), link);
        }
      } else if (!existsSync(join(modules, entry))) {
        symlinkSync(join(from, entry), join(modules, entry));
      }
    }
  }
  // The bins, as installing the packages would link them (so `npx s3-inventory-mock` runs the local one).
  mkdirSync(join(modules, ".bin"));
  symlinkSync(
    join(REPOSITORY, "packages/mock/bin/s3-inventory-mock.js"),
    join(modules, ".bin", "s3-inventory-mock"),
  );
  symlinkSync(
    join(REPOSITORY, "conformance/bin/s3-inventory-conformance.js"),
    join(modules, ".bin", "s3-inventory-conformance"),
  );
  const home = join(root, "home");
  mkdirSync(home);
  // Nothing of the machine's user leaks in: no AWS keys, profile or instance role, no bytecode in the tree.
  const env = {
    PATH: `${join(REPOSITORY, "node_modules", ".bin")}:${process.env["PATH"] ?? ""}`,
    HOME: home,
    AWS_CONFIG_FILE: join(home, "no-config"),
    AWS_SHARED_CREDENTIALS_FILE: join(home, "no-credentials"),
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_PAGER: "",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    PYTHONDONTWRITEBYTECODE: "1",
    NO_COLOR: "1",
    // npx and pnpm must never fetch from a registry during a test.
    npm_config_offline: "true",
  };
  return { root, env };
}
