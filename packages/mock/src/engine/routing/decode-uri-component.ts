/**
 * Thrown when a path segment or query parameter is not valid percent-encoding of UTF-8; the engine
 * answers it with S3's `InvalidURI` ("Couldn't parse the specified URI.", [DOC] S3 error codes).
 *
 * @example
 * ```ts
 * try { strictDecode("%zz"); } catch (error) { error instanceof InvalidUriError; } // true
 * ```
 */
export class InvalidUriError extends Error {
  override readonly name = "InvalidUriError";
}

/**
 * Percent-decodes `value`, refusing bad escapes (`%zz`, a lone `%`) and escapes that do not form
 * UTF-8. `+` stays `+`: the SDKs escape spaces as `%20` (RFC 3986), so `+` is a literal plus.
 *
 * @example
 * ```ts
 * strictDecode("a%20b%2Fc"); // "a b/c"
 * ```
 */
export function strictDecode(value: string): string {
  if (!value.includes("%")) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new InvalidUriError(`Cannot decode ${JSON.stringify(value.slice(0, 64))}`);
  }
}

const UNRESERVED = /^[A-Za-z0-9._~-]*$/;

/**
 * RFC 3986 encoding as SigV4 wants it: every byte but `A-Z a-z 0-9 - _ . ~` escaped, upper-case hex
 * ([DOC] AWS Signature Version 4, "Create a canonical request": UriEncode).
 *
 * @example
 * ```ts
 * rfc3986Encode("a b*c"); // "a%20b%2Ac"
 * ```
 */
export function rfc3986Encode(value: string): string {
  if (UNRESERVED.test(value)) return value;
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
