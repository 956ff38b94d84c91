import { readFileSync } from "node:fs";

/**
 * The version of @s3-inventory/conformance, recorded in every report (read from the package's own
 * package.json, two levels above both src/config and dist/config).
 *
 * @internal
 */
export function runnerVersion(): string {
  const packageJson = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return packageJson.version;
}
