import type { HttpResponse } from "@smithy/protocol-http";
import type { ResponseMetadata } from "@smithy/types";

/**
 * `$metadata` of an answer, read from the same headers and in the same order as @aws-sdk/client-s3
 * (`x-amzn-requestid`, `x-amzn-request-id`, then S3's `x-amz-request-id`; `x-amz-id-2`; `x-amz-cf-id`).
 * `attempts` and `totalRetryDelay` are added by the retry middleware.
 * @internal
 */
export function responseMetadata(response: HttpResponse, statusCode = response.statusCode): ResponseMetadata {
  const headers = response.headers;
  return {
    httpStatusCode: statusCode,
    requestId: headers["x-amzn-requestid"] ?? headers["x-amzn-request-id"] ?? headers["x-amz-request-id"],
    extendedRequestId: headers["x-amz-id-2"],
    cfId: headers["x-amz-cf-id"],
  };
}
