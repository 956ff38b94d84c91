import { HttpRequest } from "@smithy/protocol-http";
import type { Endpoint, HeaderBag, Provider } from "@smithy/types";

/**
 * What one inventory operation puts on the wire besides the endpoint.
 * @internal
 */
export interface InventoryRequestParts {
  method: "PUT" | "GET" | "DELETE";
  /** The operation name the SDK adds as `x-id` (Get and List only: their model URIs carry it). */
  xId?: string;
  Id?: string | undefined;
  ContinuationToken?: string | undefined;
  ExpectedBucketOwner?: string | undefined;
  /** `application/xml` for Put, even when there is no body (as the SDK). */
  contentType?: string;
  body?: string | undefined;
}

/**
 * The serializer's view of the configuration: the endpoint resolved for this request.
 * @internal
 */
export interface SerializerContext {
  endpoint: Provider<Endpoint>;
}

/**
 * Builds the request exactly as @aws-sdk/client-s3 3.1175.0 does for `/{Bucket}?inventory`: the
 * subresource sent as `inventory=` (S3 API reference, "PutBucketInventoryConfiguration": URI
 * `/?inventory&id=Id`; the SDK writes every query value, including empty ones, as `key=value`), `id` and
 * `continuation-token` whenever set (even empty), `x-id` for Get and List, the expected owner as
 * `x-amz-expected-bucket-owner`, and the operation path `/` after the endpoint's.
 * @internal
 */
export async function buildInventoryRequest(
  parts: InventoryRequestParts,
  context: SerializerContext,
): Promise<HttpRequest> {
  const endpoint = await context.endpoint();
  const query: Record<string, string> = { inventory: "" };
  if (parts.xId !== undefined) query["x-id"] = parts.xId;
  if (parts.Id != null) query["id"] = parts.Id;
  if (parts.ContinuationToken != null) query["continuation-token"] = parts.ContinuationToken;
  const headers: HeaderBag = {};
  if (parts.ExpectedBucketOwner != null) headers["x-amz-expected-bucket-owner"] = parts.ExpectedBucketOwner;
  if (parts.contentType !== undefined) headers["content-type"] = parts.contentType;
  if (parts.body !== undefined) headers["content-length"] = String(Buffer.byteLength(parts.body));
  headers["host"] = endpoint.port ? `${endpoint.hostname}:${endpoint.port}` : endpoint.hostname;
  // The operation's path `/` is appended to the endpoint's unless that is just `/` (smithy
  // `HttpBindingProtocol`), so `/bucket` gives `/bucket/` and an endpoint path `/base/` gives `/base//`.
  const path = endpoint.path === "/" ? "/" : `${endpoint.path}/`;
  return new HttpRequest({
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: endpoint.port,
    method: parts.method,
    path,
    query,
    headers,
    body: parts.body,
  });
}
