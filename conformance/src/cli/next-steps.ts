import { basename, resolve } from "node:path";

/**
 * What a demo run against the embedded mock ends with: where its reports are, and the command that
 * certifies the reader's own endpoint (then checks the result with `verify`).
 *
 * @internal
 */
export function nextSteps(outputDir: string, written: readonly string[]): string {
  return [
    "",
    `Reports: ${resolve(outputDir)} (${written.map((path) => basename(path)).join(", ")})`,
    "Certify your own endpoint:",
    '  AWS_ACCESS_KEY_ID=… AWS_SECRET_ACCESS_KEY=… pnpm exec s3-inventory-conformance --endpoint https://s3.example.com --product "NAME VERSION" --reporter json,junit,markdown,html,badge,certificate --output-dir results',
    "  pnpm exec s3-inventory-conformance verify results",
    "",
  ].join("\n");
}
