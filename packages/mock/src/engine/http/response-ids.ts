import { randomBytes } from "node:crypto";

/**
 * Makes the `x-amz-request-id` / `x-amz-id-2` pair S3 puts on every response ([DOC] S3 API
 * reference, "Common Response Headers": both are returned on all responses). The request id has S3's
 * form, 16 upper-case hex digits (aws/aws-cli#2355 shows `8EFC7E3C30F3C635`); the host id is base64 of
 * 56 bytes, as long as S3's. Both are unique per engine: a random prefix chosen once plus a counter,
 * so a request costs no entropy.
 *
 * @internal
 */
export function createResponseIds(): { next(): { requestId: string; hostId: string } } {
  const prefix = randomBytes(4).toString("hex").toUpperCase();
  const host = Buffer.concat([randomBytes(52), Buffer.alloc(4)]);
  let counter = 0;
  return {
    next() {
      counter = (counter + 1) % 0x1_0000_0000;
      host.writeUInt32BE(counter, 52);
      return {
        requestId: prefix + counter.toString(16).toUpperCase().padStart(8, "0"),
        hostId: host.toString("base64"),
      };
    },
  };
}
