// Sums the vitest JSON reports that `turbo run test` left in every package (.vitest/results.json)
// and prints one closing line, `N passed, N failed`, that CI reads. Exits non-zero when a report
// is missing or records a failure, so the line can never claim more than the runs did.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";

const listing = execFileSync("pnpm", ["-r", "ls", "--depth", "-1", "--json"], { encoding: "utf8" });
const packages = JSON.parse(listing).filter((p) => p.path && p.name !== "s3-inventory-monorepo");

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const pkg of packages) {
  const manifest = JSON.parse(readFileSync(join(pkg.path, "package.json"), "utf8"));
  if (!manifest.scripts?.test) continue;
  const report = join(pkg.path, ".vitest", "results.json");
  if (!existsSync(report)) {
    missing.push(pkg.name);
    continue;
  }
  const results = JSON.parse(readFileSync(report, "utf8"));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + (results.numTodoTests ?? 0);
  // A suite that failed to load counts as a failure even when it had no tests to fail.
  failed += results.testResults.filter(
    (file) => file.status === "failed" && file.assertionResults.length === 0,
  ).length;
}

for (const name of missing) console.error(`no test report from ${name}: did its tests run?`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || missing.length > 0 || passed === 0 ? 1 : 0);
