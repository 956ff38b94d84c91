import { stat } from "node:fs/promises";
import { ConfigurationError } from "@s3-inventory/cli-kit";
import { shippedFixtures } from "../certificate/shipped-fixtures.js";
import { verifyBundle } from "../certificate/verify-bundle.js";

/**
 * `s3-inventory-conformance verify DIR`: prints every condition of a certification with ✓ or ✗ and what
 * does not hold; exit 0 only when all hold, 1 otherwise, 2 when DIR is not a folder.
 *
 * @internal
 */
export async function verifyCommand(argv: readonly string[], stdout: (text: string) => void): Promise<0 | 1> {
  if (argv.length !== 1 || (argv[0] as string).startsWith("-"))
    throw new ConfigurationError("usage: s3-inventory-conformance verify DIR (a folder of report files)");
  const directory = argv[0] as string;
  const isFolder = await stat(directory).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isFolder) throw new ConfigurationError(`verify: ${directory} is not a folder`);
  const checks = await verifyBundle(directory, await shippedFixtures());
  for (const check of checks) stdout(`${check.holds ? "✓" : "✗"} ${check.name}: ${check.detail}\n`);
  const failing = checks.filter((check) => !check.holds);
  stdout(
    failing.length === 0
      ? `verified: ${directory} is a complete, unmodified certification of a full run\n`
      : `not verified: ${failing.map((check) => check.name).join(", ")} ${failing.length === 1 ? "does" : "do"} not hold\n`,
  );
  return failing.length === 0 ? 0 : 1;
}
