// S3 documents its List continuation tokens as opaque ([DOC] ListBucketInventoryConfigurations,
// "ContinuationToken ... The value is opaque"). This mock's token names the last Id of the previous
// page, so paging stays correct while configurations are added or deleted between pages (each Id is
// listed at most once, in order). The format is a private choice: clients must not read it.
const PREFIX = "s3im1:";

/**
 * Makes the token that resumes a List after `lastId`.
 *
 * @internal
 */
export function encodeContinuationToken(lastId: string): string {
  return Buffer.from(PREFIX + lastId, "utf8").toString("base64url");
}

/**
 * Reads a token made by {@link encodeContinuationToken}; `undefined` when it is not one.
 *
 * @internal
 */
export function decodeContinuationToken(token: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
  const text = Buffer.from(token, "base64url").toString("utf8");
  return text.startsWith(PREFIX) ? text.slice(PREFIX.length) : undefined;
}
