import type { EvidenceRef } from "@s3-inventory/fixtures";

/**
 * A case's evidence on one line, each ledger id with its kind, e.g.
 * "put-answers-204 (recorded), refused-request-changes-nothing (inference)".
 *
 * @internal
 */
export function formatEvidence(entries: readonly EvidenceRef[]): string {
  return entries.map((entry) => `${entry.id} (${entry.kind})`).join(", ");
}
