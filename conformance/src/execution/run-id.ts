import { randomBytes } from "node:crypto";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * A fresh run id, `s3inv-` and 8 random lower-case letters or digits: valid in bucket names (lower case,
 * no dots) and in configuration ids, and short enough that `<runId>-<case>-<name>` stays under S3's limits.
 *
 * @internal
 */
export function createRunId(): string {
  const bytes = randomBytes(8);
  let suffix = "";
  for (const byte of bytes) suffix += ALPHABET[byte % ALPHABET.length];
  return `s3inv-${suffix}`;
}

/**
 * The name of the bucket the run creates for case number `caseNumber`, and of the one it never creates.
 *
 * @internal
 */
export function caseBucketName(runId: string, caseNumber: number, suffix = ""): string {
  return `${runId}-${caseNumber}${suffix}`;
}
