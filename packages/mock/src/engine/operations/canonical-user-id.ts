import { createHash } from "node:crypto";

/**
 * A stable 64-hex-digit canonical user id for an account, the `<Owner><ID>` of ListBuckets (S3's
 * canonical ids have this form; the mapping from account id is this mock's own).
 *
 * @example
 * ```ts
 * canonicalUserId("123456789012").length; // 64
 * ```
 */
export function canonicalUserId(accountId: string): string {
  return createHash("sha256").update(`s3-inventory-mock:${accountId}`).digest("hex");
}
