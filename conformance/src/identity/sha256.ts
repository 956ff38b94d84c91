import { createHash } from "node:crypto";

/**
 * The lowercase hex SHA-256 of some bytes.
 *
 * @example
 * sha256(""); // "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
 */
export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}
