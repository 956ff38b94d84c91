// Copies the private @s3-inventory/cli-kit's build into the calling package's dist/vendor/cli-kit and points
// every import of it in dist at that copy, so the published tarball of a bin has no dependency on a package
// that is never published. Run by the build of each package that uses the kit, after tsc.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const KIT = "@s3-inventory/cli-kit";
const kitDist = fileURLToPath(new URL("../packages/cli-kit/dist/", import.meta.url));
const dist = join(process.cwd(), "dist");
const vendored = join(dist, "vendor", "cli-kit");

rmSync(vendored, { recursive: true, force: true });
cpSync(kitDist, vendored, {
  recursive: true,
  filter: (source) => !/\.(test\.[^/]*|map)$/.test(source),
});

// The kit's source maps point into packages/cli-kit/src, which a tarball does not hold: drop them.
for (const file of walk(vendored)) {
  const text = readFileSync(file, "utf8");
  writeFileSync(file, text.replace(/\n\/\/# sourceMappingURL=.*\n?$/, "\n"));
}

let rewritten = 0;
for (const file of walk(dist)) {
  if (file.startsWith(vendored) || !/\.(js|d\.ts)$/.test(file)) continue;
  const text = readFileSync(file, "utf8");
  if (!text.includes(`"${KIT}"`)) continue;
  let target = relative(dirname(file), join(vendored, "index.js")).split(sep).join("/");
  if (!target.startsWith(".")) target = `./${target}`;
  writeFileSync(file, text.replaceAll(`"${KIT}"`, `"${target}"`));
  rewritten++;
}
console.log(
  `vendor-cli-kit: ${rewritten} file(s) of ${relative(process.cwd(), dist)} now import dist/vendor/cli-kit`,
);

function* walk(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
