import type { OperationName } from "@s3-inventory/fixtures";
import type { ConnectionSettings } from "../drivers/connection-settings.js";
import { type RawRequest, rawRequestUrl } from "../drivers/raw-http-request.js";

const CLI_COMMANDS: Record<OperationName, string> = {
  PutBucketInventoryConfiguration: "put-bucket-inventory-configuration",
  GetBucketInventoryConfiguration: "get-bucket-inventory-configuration",
  DeleteBucketInventoryConfiguration: "delete-bucket-inventory-configuration",
  ListBucketInventoryConfigurations: "list-bucket-inventory-configurations",
  HeadBucket: "head-bucket",
};

const CLI_PARAMETERS: Record<string, string> = {
  Bucket: "--bucket",
  Id: "--id",
  ContinuationToken: "--continuation-token",
  ExpectedBucketOwner: "--expected-bucket-owner",
};

/**
 * A copy-pasteable aws-cli command that sends the same operation (credentials come from the reader's own
 * environment: nothing secret is ever written into it).
 *
 * @example
 * reproduceOperation(settings, "GetBucketInventoryConfiguration", { Bucket: "src", Id: "1" });
 * // "aws s3api get-bucket-inventory-configuration --bucket 'src' --id '1' --region 'us-east-1' --endpoint-url 'http://…'"
 */
export function reproduceOperation(
  settings: ConnectionSettings,
  operation: OperationName,
  input: Record<string, unknown>,
): string {
  const parts = ["aws s3api", CLI_COMMANDS[operation]];
  for (const [member, flag] of Object.entries(CLI_PARAMETERS)) {
    if (input[member] !== undefined) parts.push(flag, quote(String(input[member])));
  }
  // The CLI takes the SDK-shaped JSON, member names and all.
  if (input.InventoryConfiguration !== undefined)
    parts.push("--inventory-configuration", quote(JSON.stringify(input.InventoryConfiguration)));
  parts.push("--region", quote(settings.region));
  if (settings.endpoint !== undefined) parts.push("--endpoint-url", quote(settings.endpoint));
  return parts.join(" ");
}

/**
 * A copy-pasteable curl command that sends the same raw request, SigV4-signed by curl from the reader's
 * `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` (curl 7.75 or later) unless the step was anonymous.
 *
 * @example
 * reproduceRawRequest(settings, { method: "GET", bucket: "src", query: { inventory: "" }, signed: false });
 * // "curl -sS -i -X GET 'http://127.0.0.1:4566/src/?inventory='"
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
