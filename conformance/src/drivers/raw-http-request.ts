import { uriEncode } from "@s3-inventory/model";
import { Hash } from "@smithy/hash-node";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { exchangeOf, isRecording, noteExchange } from "../record/step-recording.js";
import { bucketBaseUrl, type ConnectionSettings } from "./connection-settings.js";
import { parseResponseBody } from "./parse-response-body.js";
import { sendHttp } from "./send-http.js";
import type { StepResponse } from "./step-response.js";

/**
 * A raw request, placeholders already expanded (the `http` member of a case's http step).
 *
 * @internal
 */
export interface RawRequest {
  method: string;
  bucket: string;
  query: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
  signed?: boolean;
}

/**
 * Sends a raw request to the endpoint, SigV4-signed with the run's credentials unless `signed` is false, and
 * reads the answer like a client would (S3 error document, or the XML body as an object).
 *
 * @internal
 */
export async function sendRawRequest(
  settings: ConnectionSettings,
  request: RawRequest,
  signal?: AbortSignal,
): Promise<StepResponse> {
  const url = new URL(`${bucketBaseUrl(settings, request.bucket)}/`);
  const body = request.body === undefined ? undefined : Buffer.from(request.body, "utf8");
  const headers: Record<string, string> = { host: url.host, ...request.headers };
  if (body !== undefined) headers["content-length"] = String(body.length);
  let signedHeaders = headers;
  if (request.signed !== false) {
    const signer = new SignatureV4({
      credentials: settings.credentials,
      region: settings.region,
      service: "s3",
      sha256: Hash.bind(null, "sha256"),
      // S3 signs the path as sent, without double-encoding (SigV4 documentation, "Amazon S3" exception).
      uriEscapePath: false,
      applyChecksum: true,
    });
    const signed = await signer.sign(
      new HttpRequest({
        method: request.method,
        protocol: url.protocol,
        hostname: url.hostname,
        port: url.port ? Number(url.port) : undefined,
        path: url.pathname,
        query: request.query,
        headers,
        body,
      }),
    );
    signedHeaders = signed.headers;
  }
  const target = rawRequestUrl(settings, request);
  const answer = await sendHttp(
    settings,
    { method: request.method, url: target, headers: signedHeaders, body },
    signal,
  );
  if (isRecording())
    noteExchange(
      exchangeOf(request.method, target, signedHeaders, body, answer.status, answer.headers, answer.body),
    );
  return parseResponseBody(answer.status, answer.headers, answer.body);
}

/**
 * The exact URL a raw request is sent to: bucket by the addressing style, query escaped and sorted.
 *
 * @internal
 */
export function rawRequestUrl(
  settings: ConnectionSettings,
  request: Pick<RawRequest, "bucket" | "query">,
): string {
  return `${bucketBaseUrl(settings, request.bucket)}/${encodeQuery(request.query)}`;
}

// RFC 3986 escaping, keys sorted, `key=` for an empty value: the query exactly as the SDK writes it
// (smithy-typescript buildQueryString; pinned by the model's sdk-oracle test), so that the signed canonical query matches what is sent.
function encodeQuery(query: Record<string, string>): string {
  const keys = Object.keys(query).sort();
  if (keys.length === 0) return "";
  return `?${keys.map((key) => `${uriEncode(key)}=${uriEncode(query[key] ?? "")}`).join("&")}`;
}
