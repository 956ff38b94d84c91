import { type S3ErrorResponse, serializeErrorDocument } from "@s3-inventory/model";
import type { S3Response } from "./s3-request.js";

const encoder = new TextEncoder();

/**
 * Turns an S3 error from the model into the response S3 sends: its status, `application/xml`, and the
 * `<Error>` document written by the model's codec with `RequestId` and `HostId` filled in ([DOC] S3
 * "Error responses"; [AWS-REC] aws/aws-cli#2355). A HEAD answer carries no body (RFC 9110 section 9.3.2),
 * which is also what S3 does: the SDK then reports the status (`NotFound`, `Forbidden`).
 *
 * @internal
 */
export function errorResponse(
  error: S3ErrorResponse,
  ids: { requestId: string; hostId: string },
  method: string,
): S3Response {
  const headers: Record<string, string> = {
    "x-amz-request-id": ids.requestId,
    "x-amz-id-2": ids.hostId,
    "content-type": "application/xml",
  };
  if (method === "HEAD") return { status: error.httpStatus, headers, body: undefined };
  const xml = serializeErrorDocument({
    Code: error.code,
    Message: error.message,
    ...error.fields,
    RequestId: ids.requestId,
    HostId: ids.hostId,
  });
  return { status: error.httpStatus, headers, body: encoder.encode(xml) };
}
