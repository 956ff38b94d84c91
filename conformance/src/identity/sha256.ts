import { createHash } from "node:crypto";

/**
 * The lowercase hex SHA-256 of some bytes.
 *
 * @internal
 */
export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}
