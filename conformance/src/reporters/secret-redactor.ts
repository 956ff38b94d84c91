import type { Credentials } from "../drivers/connection-settings.js";

/**
 * Replaces secrets in text.
 *
 * @internal
 */
export type Redactor = (text: string) => string;

const REDACTED = "[REDACTED]";
// SigV4 authorization values and presigned-URL signatures, wherever an endpoint or a library echoes them.
const SIGNATURE_PATTERNS: RegExp[] = [
  /AWS4-HMAC-SHA256\s+Credential=[^\s",<]+(?:,\s*SignedHeaders=[^\s,"<]+)?(?:,\s*Signature=[0-9a-f]+)?/gi,
  /(X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token)=[^&\s"<]+/gi,
  /(authorization|x-amz-security-token)(["']?\s*[:=]\s*["']?)[^"'\n,}]+/gi,
];

/**
 * A redactor for every output of a run (console, files): the run's secret key, session token and access key
 * id, and any SigV4 signature material, become `[REDACTED]`. Applied to whole outputs, after formatting, so
 * nothing a reporter adds later can bypass it.
 *
 * @internal
 */
export function createRedactor(credentials: Credentials | undefined): Redactor {
  const secrets = [credentials?.secretAccessKey, credentials?.sessionToken, credentials?.accessKeyId]
    .filter((value): value is string => typeof value === "string" && value.length >= 8)
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let result = text;
    for (const secret of secrets) result = result.split(secret).join(REDACTED);
    result = result.replace(SIGNATURE_PATTERNS[0] as RegExp, REDACTED);
    result = result.replace(SIGNATURE_PATTERNS[1] as RegExp, (_m, name: string) => `${name}=${REDACTED}`);
    result = result.replace(
      SIGNATURE_PATTERNS[2] as RegExp,
      (_m, name: string, sep: string) => `${name}${sep}${REDACTED}`,
    );
    return result;
  };
}
