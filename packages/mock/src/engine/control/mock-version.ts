import { readFileSync } from "node:fs";

let version: string | undefined;

/**
 * The version of `@s3-inventory/mock`, read once from its package.json (dist and src sit at the same
 * depth, so one relative path serves both).
 *
 * @internal
 */
export function mockVersion(): string {
  version ??= (
    JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string }
  ).version;
  return version;
}
