import { createS3Error, type S3ErrorResponse } from "@s3-inventory/model";
import { accountForAccessKey } from "./account-for-access-key.js";
import type { MockCredential } from "./mock-credential.js";
import { parseAuthorization } from "./parse-authorization.js";
import { type SigV4Input, verifySigV4 } from "./verify-sigv4.js";

/**
 * How the engine treats signatures.
 * - `lenient` (default, as test doubles in this ecosystem are): any access key is accepted and no
 *   signature is checked; the key only selects the account.
 * - `strict`: only keys in `credentials`, every SigV4 signature verified, 15-minute clock skew enforced.
 *
 * @example
 * ```ts
 * const mode: AuthMode = "strict";
 * ```
 * @public
 */
export type AuthMode = "lenient" | "strict";

/**
 * What authentication needs from the request and the engine's configuration.
 *
 * @internal
 */
export interface AuthenticationInput extends Omit<SigV4Input, "claim" | "secretAccessKey"> {
  mode: AuthMode;
  credentials: readonly MockCredential[];
  defaultAccountId: string;
}

/**
 * Decides who sent a request: the account id, or S3's error. An anonymous request is refused in both
 * modes with AccessDenied: the buckets this mock holds have no public policy ([DOC] S3 User Guide,
 * "Blocking public access" is on for new buckets since April 2023).
 *
 * @internal
 */
export function authenticateRequest(
  input: AuthenticationInput,
): { accountId: string } | { error: S3ErrorResponse } {
  const claim = parseAuthorization(input.headers, input.query);
  if (claim.kind === "none") return { error: createS3Error("AccessDenied") };
  if (claim.kind === "unsupported") {
    // [AWS-REC analog] the model's catalogue, InvalidArgument variant `unsupportedAuthorizationType`, in
    // both modes: lenient skips verification, not the scheme. S3 echoes the whole header as
    // ArgumentValue; the mock echoes the scheme only, so a credential never lands in an answer or a log.
    return {
      error: createS3Error("InvalidArgument", {
        variant: "unsupportedAuthorizationType",
        fields: { ArgumentName: "Authorization", ArgumentValue: claim.scheme },
      }),
    };
  }
  if (input.mode === "lenient") {
    const accessKeyId = claim.accessKeyId;
    return {
      accountId: accessKeyId
        ? accountForAccessKey(accessKeyId, input.credentials, input.defaultAccountId)
        : input.defaultAccountId,
    };
  }
  if (claim.kind === "sigv2") {
    // [DOC] S3 API reference, "Authenticating Requests (AWS Signature Version 2)": turned off for new
    // buckets; S3 answers with the catalogue's InvalidRequest variant `unsupportedAuthorization`.
    return { error: createS3Error("InvalidRequest", { variant: "unsupportedAuthorization" }) };
  }
  if (claim.kind === "malformed") return { error: createS3Error("AuthorizationHeaderMalformed") };
  const credential = input.credentials.find((candidate) => candidate.accessKeyId === claim.accessKeyId);
  if (!credential) {
    return { error: createS3Error("InvalidAccessKeyId", { fields: { AWSAccessKeyId: claim.accessKeyId } }) };
  }
  const error = verifySigV4({
    method: input.method,
    rawPath: input.rawPath,
    query: input.query,
    headers: input.headers,
    host: input.host,
    body: input.body,
    claim,
    secretAccessKey: credential.secretAccessKey,
    now: input.now,
    signingKeys: input.signingKeys,
  });
  if (error) return { error };
  // Rule 1 of accountForAccessKey: a configured key belongs to its credential's account.
  return { accountId: credential.accountId ?? input.defaultAccountId };
}
