import { createHash } from "node:crypto";
import { escapeXmlText, S3_XML_NAMESPACE } from "@s3-inventory/model";
import type { BucketRecord } from "../state/mock-state.js";

/**
 * The ListBuckets answer, `<ListAllMyBucketsResult>` ([DOC] S3 API reference, ListBuckets "Response
 * Syntax": Owner/ID, Buckets/Bucket with Name, CreationDate, BucketRegion). The model package writes
 * only inventory documents, so this one small document is assembled here, its text escaped by the
 * model's `escapeXmlText`.
 *
 * @example
 * ```ts
 * listAllMyBucketsDocument("123456789012", state.listBuckets());
 * ```
 */
export function listAllMyBucketsDocument(accountId: string, buckets: readonly BucketRecord[]): string {
  const items = buckets
    .map(
      (bucket) =>
        `<Bucket><Name>${escapeXmlText(bucket.name)}</Name><CreationDate>${bucket.createdAt}</CreationDate>` +
        `<BucketRegion>${escapeXmlText(bucket.region)}</BucketRegion></Bucket>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<ListAllMyBucketsResult xmlns="${S3_XML_NAMESPACE}">` +
    `<Owner><ID>${canonicalUserId(accountId)}</ID></Owner><Buckets>${items}</Buckets></ListAllMyBucketsResult>`
  );
}

/**
 * A stable 64-hex-digit canonical user id for an account (S3's canonical ids have this form; the
 * mapping from account id is this mock's own).
 *
 * @example
 * ```ts
 * canonicalUserId("123456789012").length; // 64
 * ```
 */
export function canonicalUserId(accountId: string): string {
  return createHash("sha256").update(`s3-inventory-mock:${accountId}`).digest("hex");
}
