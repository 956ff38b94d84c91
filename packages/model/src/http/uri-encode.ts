const UNRESERVED = /^[A-Za-z0-9._~-]*$/;

/**
 * RFC 3986 percent-encoding as S3 and SigV4 want it: every byte but `A-Z a-z 0-9 - _ . ~` escaped as UTF-8,
 * upper-case hex (AWS Signature Version 4, "Create a canonical request": UriEncode; the SDK's endpoint rules
 * `uriEncode` and `@smithy/util-uri-escape` do the same). Used for bucket path segments and query keys
 * and values, by whoever builds or checks a request.
 *
 * @example
 * ```ts
 * uriEncode("a b*c"); // "a%20b%2Ac"
 * ```
 * @public
 */
export function uriEncode(value: string): string {
  if (UNRESERVED.test(value)) return value;
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
