import { STATUS_CODES } from "node:http";
import { parseErrorDocument, type S3ErrorDocument } from "@s3-inventory/model";
import type { HttpResponse } from "@smithy/protocol-http";
import { S3_ERROR_CLASSES } from "../errors/s3-error-classes.js";
import { faultOf } from "../errors/modeled-client-errors.js";
import { S3InventoryServiceException } from "../errors/s3-inventory-service-exception.js";
import { responseMetadata } from "./response-metadata.js";

/**
 * Turns an error answer into the exception @aws-sdk/client-s3 would throw for the same bytes: the
 * catalogue's class for a known `<Code>` (else the base class named after the code), `$fault` as the
 * SDK reports it (`faultOf`), `$metadata` from the headers with the body's `<RequestId>` as fallback, and every element of
 * the `<Error>` document copied onto the exception except `Message`, which becomes `message`
 * (SDK: `@aws-sdk/core` `AwsRestXmlProtocol.handleError`, `@smithy/core` `decorateServiceException`).
 *
 * `statusCode` differs from the response's for an `<Error>` inside a 2xx (treated as 503, as the SDK).
 * @internal
 */
export function toServiceError(
  response: HttpResponse,
  body: Uint8Array,
  statusCode = response.statusCode,
): S3InventoryServiceException {
  const $metadata = responseMetadata(response, statusCode);
  const document = readErrorDocument(body);
  if (document === undefined) {
    const name = statusCode === 404 ? "NotFound" : "Unknown";
    return new S3InventoryServiceException({
      name,
      $fault: faultOf(name, statusCode),
      $metadata,
      message: describeUnreadableError(response, body, statusCode),
    });
  }
  // S3 sends the code as <Code>; without one, the SDK names a 404 "NotFound" and anything else "Unknown".
  const code = document.Code ?? (statusCode === 404 ? "NotFound" : "Unknown");
  const ErrorClass = Object.hasOwn(S3_ERROR_CLASSES, code)
    ? S3_ERROR_CLASSES[code as keyof typeof S3_ERROR_CLASSES]
    : undefined;
  const $fault = faultOf(code, statusCode);
  const error = ErrorClass
    ? new ErrorClass({ $fault, $metadata })
    : new S3InventoryServiceException({ name: code, $fault, $metadata });
  if (document.RequestId && !$metadata.requestId) $metadata.requestId = document.RequestId;
  const target = error as unknown as Record<string, unknown>;
  for (const [field, value] of Object.entries(document)) {
    if (field === "Message" || value === undefined) continue;
    if (target[field] == null || target[field] === "") target[field] = value;
  }
  error.message = document.Message || "UnknownError";
  return error;
}

function readErrorDocument(body: Uint8Array): S3ErrorDocument | undefined {
  if (body.byteLength === 0) return undefined;
  try {
    // A document without <Code> (a proxy's or gateway's <Error>) is still read, as the SDK reads it.
    return parseErrorDocument(body, { requireCode: false });
  } catch {
    return undefined;
  }
}

function describeUnreadableError(response: HttpResponse, body: Uint8Array, statusCode: number): string {
  const status = `HTTP ${statusCode}${STATUS_CODES[statusCode] ? ` ${STATUS_CODES[statusCode]}` : ""}`;
  const contentType = response.headers["content-type"];
  const what =
    body.byteLength === 0
      ? "an empty body"
      : `a ${body.byteLength}-byte body that is not an S3 <Error> document (content-type: ${contentType ?? "none"})`;
  return `S3 answered ${status} with ${what}; a proxy or load balancer may have answered instead of S3. The raw response is on the error's $response property.`;
}
