/**
 * Says in words what a failed connection means, for the errors a user can fix from the command line:
 * TLS spoken to a plain-HTTP port (OpenSSL's "wrong version number"), nothing listening, a name that
 * does not resolve. Anything else keeps Node's message, on one line.
 *
 * @internal
 */
export function describeConnectionFailure(url: URL, cause: Error): string {
  const { code } = cause as NodeJS.ErrnoException;
  if (
    url.protocol === "https:" &&
    (code === "ERR_SSL_WRONG_VERSION_NUMBER" || /wrong version number/i.test(cause.message))
  ) {
    return `${url.origin} answers plain HTTP, not TLS: use http://${url.host}`;
  }
  if (code === "ECONNREFUSED") return `nothing is listening at ${url.host} (ECONNREFUSED)`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `${url.hostname} does not resolve (${code})`;
  return cause.message.split("\n")[0] ?? cause.message;
}
