/**
 * Thrown when a path segment or query parameter is not valid percent-encoding of UTF-8; the engine
 * answers it with S3's `InvalidURI` ("Couldn't parse the specified URI.", [DOC] S3 error codes).
 *
 * @internal
 */
export class InvalidUriError extends Error {
  override readonly name = "InvalidUriError";
}

/**
 * Percent-decodes `value`, refusing bad escapes (`%zz`, a lone `%`) and escapes that do not form
 * UTF-8. `+` stays `+`: the SDKs escape spaces as `%20` (RFC 3986), so `+` is a literal plus.
 *
 * @internal
 */
export function strictDecode(value: string): string {
  if (!value.includes("%")) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new InvalidUriError(`Cannot decode ${JSON.stringify(value.slice(0, 64))}`);
  }
}
