import { randomBytes } from "node:crypto";

/**
 * Makes the `x-amz-request-id` / `x-amz-id-2` pair S3 puts on every response ([DOC] S3 API
 * reference, "Common Response Headers": both are returned on all responses). Ids are unique per
 * engine: a random prefix chosen once plus a counter, so a request costs no entropy.
 *
 * @example
 * ```ts
 * const ids = createResponseIds();
 * ids.next(); // { requestId: "9F2C41A0000001", hostId: "..." }
 * ```
 */
export function createResponseIds(): { next(): { requestId: string; hostId: string } } {
  const prefix = randomBytes(4).toString("hex").toUpperCase();
  const hostPrefix = randomBytes(33).toString("base64");
  let counter = 0;
  return {
    next() {
      counter = (counter + 1) % 0x1_0000_0000;
      const suffix = counter.toString(16).toUpperCase().padStart(8, "0");
      // S3's request ids are 16 upper-case hex characters (aws/aws-cli#2355 shows 8EFC7E3C30F3C635).
      return { requestId: prefix + suffix, hostId: `${hostPrefix}${suffix}=` };
    },
  };
}
