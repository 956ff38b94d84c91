import { requestUriParts, type S3Operation } from "@s3-inventory/model";
import { HttpRequest } from "@smithy/protocol-http";
import type { Endpoint, HeaderBag, Provider } from "@smithy/types";

/**
 * The serializer's view of the configuration: the endpoint resolved for this request.
 * @internal
 */
export interface SerializerContext {
  endpoint: Provider<Endpoint>;
}

/**
 * Builds the request exactly as @aws-sdk/client-s3 3.1175.0 does, from the operation's entry in the model's
 * table: the URI's literal query first (`inventory=`, then `x-id` where the URI has it; the SDK writes every
 * query value, including empty ones, as `key=value`), then each query-bound member whenever set (even
 * empty), header-bound members, `content-type: application/xml` for an operation with an XML payload (even
 * when there is no body, as the SDK), and the operation path `/` after the endpoint's. The bucket label is
 * not written here: the endpoint (host or path) already carries it.
 * @internal
 */
export async function buildOperationRequest(
  operation: S3Operation,
  input: object,
  context: SerializerContext,
  body?: string,
): Promise<HttpRequest> {
  const endpoint = await context.endpoint();
  const values = input as Record<string, unknown>;
  const query: Record<string, string> = Object.fromEntries(requestUriParts(operation).query);
  const headers: HeaderBag = {};
  let hasPayload = false;
  for (const [member, { binding }] of Object.entries(operation.input)) {
    const value = values[member];
    if (binding.in === "payload") hasPayload = true;
    else if (value == null) continue;
    else if (binding.in === "query") query[binding.name] = String(value);
    else if (binding.in === "header") headers[binding.name] = String(value);
  }
  if (hasPayload) headers["content-type"] = "application/xml";
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  headers["host"] = endpoint.port ? `${endpoint.hostname}:${endpoint.port}` : endpoint.hostname;
  // The operation's path `/` is appended to the endpoint's unless that is just `/` (smithy
  // `HttpBindingProtocol`), so `/bucket` gives `/bucket/` and an endpoint path `/base/` gives `/base//`.
  const path = endpoint.path === "/" ? "/" : `${endpoint.path}/`;
  return new HttpRequest({
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: endpoint.port,
    method: operation.http.method,
    path,
    query,
    headers,
    body,
  });
}
