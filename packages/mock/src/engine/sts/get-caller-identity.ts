import type { S3Request } from "../http/s3-request.js";
import type { OperationResult } from "../operations/operation-context.js";
import type { RawUrl } from "../routing/raw-url.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * True for STS GetCallerIdentity in the AWS query protocol (`POST /` with the form body
 * `Action=GetCallerIdentity`), as LocalStack accepts it on its one endpoint: tools that discover the
 * caller's account (`aws sts get-caller-identity --endpoint-url`, the conformance runner) then work
 * against this mock too.
 *
 * @internal
 */
export function isGetCallerIdentity(request: S3Request, url: RawUrl): boolean {
  if (request.method !== "POST" || url.rawPath !== "/" || request.body === undefined) return false;
  if (request.body.byteLength > 4096) return false;
  return new URLSearchParams(decoder.decode(request.body)).get("Action") === "GetCallerIdentity";
}

/**
 * STS's GetCallerIdentity answer for the account the mock's account rule gives the signing key
 * ([DOC] STS API reference, GetCallerIdentity: `Account`, `Arn`, `UserId`). The user is named after the
 * mock, since it keeps no IAM users.
 *
 * @internal
 */
export function getCallerIdentity(accountId: string): OperationResult {
  const xml = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${accountId}:user/s3-inventory-mock</Arn><UserId>${accountId}</UserId><Account>${accountId}</Account></GetCallerIdentityResult></GetCallerIdentityResponse>`;
  return { status: 200, headers: { "content-type": "text/xml" }, body: encoder.encode(xml) };
}
