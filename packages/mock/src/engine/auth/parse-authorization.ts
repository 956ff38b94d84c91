import type { QueryParameter } from "../routing/parse-query.js";

/**
 * What a request says about its signature, before anything is verified.
 * - `none`: anonymous (no Authorization header, no presigned query).
 * - `sigv2`: the retired `AWS key:signature` scheme (header or `AWSAccessKeyId` query).
 * - `unsupported`: an Authorization header of another scheme (`Basic`, `Bearer`, a misspelt
 *   algorithm); `scheme` is its first word only, never the credential that follows.
 * - `malformed`: an Authorization header or presigned query that cannot be read.
 * - `sigv4`: the parts of a SigV4 signature, from the header or the query.
 *
 * @internal
 */
export type AuthorizationClaim =
  | { kind: "none" }
  | { kind: "sigv2"; accessKeyId: string }
  | { kind: "unsupported"; scheme: string }
  | { kind: "malformed"; accessKeyId: string | undefined; reason: string }
  | {
      kind: "sigv4";
      presigned: boolean;
      accessKeyId: string;
      /** `date/region/service/aws4_request` */
      scope: string;
      scopeDate: string;
      signedHeaders: string[];
      /** `SignedHeaders` as sent (`host;x-amz-date`): the canonical request's signed-headers line. */
      signedHeadersText: string;
      signature: string;
      /** `X-Amz-Date` of a presigned URL (a header request reads its date from the headers). */
      amzDate: string | undefined;
      expiresSeconds: number | undefined;
    };

const HEADER_V4 = /^AWS4-HMAC-SHA256\s+(.*)$/s;
// The usual layout, read in one match; anything else goes through the general field split.
const HEADER_V4_FIELDS =
  /^AWS4-HMAC-SHA256 Credential=([^,\s]+), ?SignedHeaders=([^,\s]+), ?Signature=([^,\s]+)$/;

/**
 * Reads the claimed signature of a request ([DOC] AWS SigV4 "Authorization header" and "query
 * parameters" forms).
 *
 * @internal
 */
export function parseAuthorization(
  headers: Readonly<Record<string, string>>,
  query: readonly QueryParameter[],
): AuthorizationClaim {
  const header = headers["authorization"];
  if (header !== undefined) {
    const usual = HEADER_V4_FIELDS.exec(header);
    if (usual) return sigv4(false, usual[1], usual[2], usual[3], undefined, undefined);
    const v4 = HEADER_V4.exec(header);
    if (v4) {
      const fields = new Map<string, string>();
      for (const part of (v4[1] ?? "").split(",")) {
        const equals = part.indexOf("=");
        if (equals !== -1) fields.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim());
      }
      return sigv4(
        false,
        fields.get("Credential"),
        fields.get("SignedHeaders"),
        fields.get("Signature"),
        undefined,
        undefined,
      );
    }
    const v2 = /^AWS\s+([^:\s]+):/.exec(header);
    if (v2) return { kind: "sigv2", accessKeyId: v2[1] ?? "" };
    return { kind: "unsupported", scheme: (/^\S*/.exec(header)?.[0] ?? "").slice(0, 64) };
  }
  const get = (name: string): string | undefined => query.find((parameter) => parameter.name === name)?.value;
  if (get("X-Amz-Algorithm") !== undefined || get("X-Amz-Credential") !== undefined) {
    if (get("X-Amz-Algorithm") !== "AWS4-HMAC-SHA256") {
      return { kind: "malformed", accessKeyId: undefined, reason: "unsupported X-Amz-Algorithm" };
    }
    const expires = get("X-Amz-Expires");
    return sigv4(
      true,
      get("X-Amz-Credential"),
      get("X-Amz-SignedHeaders"),
      get("X-Amz-Signature"),
      get("X-Amz-Date"),
      expires === undefined ? undefined : Number(expires),
    );
  }
  const v2Key = get("AWSAccessKeyId");
  if (v2Key !== undefined) return { kind: "sigv2", accessKeyId: v2Key };
  return { kind: "none" };
}

function sigv4(
  presigned: boolean,
  credential: string | undefined,
  signedHeaders: string | undefined,
  signature: string | undefined,
  amzDate: string | undefined,
  expiresSeconds: number | undefined,
): AuthorizationClaim {
  const slash = credential?.indexOf("/") ?? -1;
  const accessKeyId = credential && slash > 0 ? credential.slice(0, slash) : undefined;
  const scope = credential && slash > 0 ? credential.slice(slash + 1) : "";
  const scopeParts = scope.split("/");
  if (
    !accessKeyId ||
    scopeParts.length !== 4 ||
    scopeParts[3] !== "aws4_request" ||
    !/^\d{8}$/.test(scopeParts[0] ?? "") ||
    !signedHeaders ||
    !signature ||
    !/^[0-9a-f]{64}$/.test(signature) ||
    (presigned &&
      (amzDate === undefined ||
        expiresSeconds === undefined ||
        !Number.isInteger(expiresSeconds) ||
        expiresSeconds < 1 ||
        expiresSeconds > 604_800))
  ) {
    return { kind: "malformed", accessKeyId, reason: "incomplete SigV4 signature" };
  }
  return {
    kind: "sigv4",
    presigned,
    accessKeyId,
    scope,
    scopeDate: scopeParts[0] ?? "",
    signedHeaders: signedHeaders.split(";"),
    signedHeadersText: signedHeaders,
    signature,
    amzDate,
    expiresSeconds,
  };
}
