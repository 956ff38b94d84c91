import { createHash } from "node:crypto";

/**
 * A stable 64-hex-digit canonical user id for an account, the `<Owner><ID>` of ListBuckets (S3's
 * canonical ids have this form; the mapping from account id is this mock's own).
 *
 * @internal
 */
export function canonicalUserId(accountId: string): string {
  return createHash("sha256").update(`s3-inventory-mock:${accountId}`).digest("hex");
}
