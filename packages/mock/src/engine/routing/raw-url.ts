/**
 * An absolute URL split without normalising anything: SigV4 and routing both need the path and
 * query exactly as the client wrote them, which `new URL()` would partly rewrite.
 *
 * @internal
 */
export interface RawUrl {
  /** `host[:port]` as written in the URL. */
  authority: string;
  /** Lower-cased host name, without the port. */
  hostname: string;
  rawPath: string;
  rawQuery: string;
}

/**
 * Splits `url`, or returns `undefined` when it is not an absolute http(s) URL.
 *
 * @internal
 */
export function splitRawUrl(url: string): RawUrl | undefined {
  const schemeEnd = url.indexOf("://");
  if (schemeEnd === -1) return undefined;
  const authorityStart = schemeEnd + 3;
  let pathStart = url.indexOf("/", authorityStart);
  const queryMark = url.indexOf("?", authorityStart);
  if (pathStart === -1 || (queryMark !== -1 && queryMark < pathStart)) pathStart = queryMark;
  const authorityEnd = pathStart === -1 ? url.length : pathStart;
  const authority = url.slice(authorityStart, authorityEnd);
  const hostname = hostnameOf(authority);
  let rest = pathStart === -1 ? "/" : url.slice(pathStart);
  const hash = rest.indexOf("#");
  if (hash !== -1) rest = rest.slice(0, hash);
  const question = rest.indexOf("?");
  const rawPath = question === -1 ? rest : rest.slice(0, question);
  const rawQuery = question === -1 ? "" : rest.slice(question + 1);
  return { authority, hostname, rawPath: rawPath === "" ? "/" : rawPath, rawQuery };
}

/**
 * The host name of a `host[:port]` authority (or Host header), lower-cased; IPv6 keeps its brackets.
 *
 * @internal
 */
export function hostnameOf(authority: string): string {
  const at = authority.lastIndexOf("@");
  const hostPort = at === -1 ? authority : authority.slice(at + 1);
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    return hostPort.slice(0, close + 1).toLowerCase();
  }
  const colon = hostPort.indexOf(":");
  return (colon === -1 ? hostPort : hostPort.slice(0, colon)).toLowerCase();
}
