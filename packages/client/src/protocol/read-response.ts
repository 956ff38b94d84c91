import { DEFAULT_XML_LIMITS } from "@s3-inventory/model";
import type { HttpResponse } from "@smithy/protocol-http";
import type { ResponseMetadata } from "@smithy/types";
import { collectBody } from "./collect-body.js";
import { responseMetadata } from "./response-metadata.js";
import { toServiceError } from "./to-service-error.js";

/**
 * A successful answer: its metadata and body bytes.
 * @internal
 */
export interface SuccessfulResponse {
  $metadata: ResponseMetadata;
  body: Uint8Array;
}

/**
 * Reads an answer and throws the typed S3 error for a status of 300 or more. With
 * `errorDocumentIn2xx`, a 2xx whose body ends in `</Error>` is an error too, thrown with status 503:
 * S3 can fail after it has sent `200 OK` (S3 API reference, "CopyObject": "a 200 OK response can contain
 * either a success or an error"), and @aws-sdk/client-s3 applies its `throw200ExceptionsMiddleware` (last
 * 16 bytes end with `</Error>` -> 503, retryable) to GetBucketInventoryConfiguration and
 * ListBucketInventoryConfigurations but not to Put and Delete.
 * @internal
 */
export async function readResponse(
  response: HttpResponse,
  options: { errorDocumentIn2xx: boolean },
): Promise<SuccessfulResponse> {
  // The XML reader's own limit: a body it would refuse anyway is not read past it.
  const body = await collectBody(response.body, DEFAULT_XML_LIMITS.maxBytes);
  if (response.statusCode >= 300) throw toServiceError(response, body);
  if (options.errorDocumentIn2xx && endsWithErrorDocument(body)) throw toServiceError(response, body, 503);
  return { $metadata: responseMetadata(response), body };
}

function endsWithErrorDocument(body: Uint8Array): boolean {
  // The SDK's exact test, `subarray(length - 16)` included (which, for bodies under 16 bytes, counts from the end).
  const tail = new TextDecoder().decode(body.subarray(body.length - 16));
  return tail.endsWith("</Error>");
}
