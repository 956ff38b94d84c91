import type { S3Operation } from "@s3-inventory/model";
import type { ConnectionSettings } from "../drivers/connection-settings.js";
import { type RawRequest, rawRequestUrl } from "../drivers/raw-http-request.js";

/**
 * A copy-pasteable aws-cli command that sends the same operation, with the command and option names of the
 * operation's entry in the model's table (credentials come from the reader's own environment: nothing
 * secret is ever written into it).
 * @internal
 */
export function reproduceOperation(
  settings: ConnectionSettings,
  operation: S3Operation,
  input: object,
): string {
  const values = new Map(Object.entries(input));
  const parts = ["aws s3api", operation.cli];
  for (const [member, { cli }] of Object.entries(operation.input)) {
    const value = values.get(member);
    if (value === undefined) continue;
    // The CLI takes a structure as the SDK-shaped JSON, member names and all.
    parts.push(
      cli,
      quote(typeof value === "object" && value !== null ? JSON.stringify(value) : String(value)),
    );
  }
  parts.push("--region", quote(settings.region));
  if (settings.endpoint !== undefined) parts.push("--endpoint-url", quote(settings.endpoint));
  return parts.join(" ");
}

/**
 * A copy-pasteable curl command that sends the same raw request, SigV4-signed by curl from the reader's
 * `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` (curl 7.75 or later) unless the step was anonymous.
 *
 * @internal
 */
export function reproduceRawRequest(settings: ConnectionSettings, request: RawRequest): string {
  const parts = ["curl -sS -i -X", request.method];
  if (request.signed !== false) {
    parts.push(
      "--aws-sigv4",
      quote(`aws:amz:${settings.region}:s3`),
      "--user",
      '"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"',
    );
  }
  for (const [name, value] of Object.entries(request.headers ?? {}))
    parts.push("-H", quote(`${name}: ${value}`));
  if (request.body !== undefined) parts.push("--data-binary", quote(request.body));
  parts.push(quote(rawRequestUrl(settings, request)));
  return parts.join(" ");
}

// POSIX shell single quotes: everything literal, a quote written as '\''.
function quote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}
