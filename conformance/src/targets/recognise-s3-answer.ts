import type { StepResponse } from "../drivers/step-response.js";

/**
 * Why an answer to the preflight (a signed LIST of inventory configurations on a bucket of this run's that
 * does not exist) shows the endpoint is not S3, or undefined when it may be. S3 answers such a request with
 * an `<Error>` document (404 NoSuchBucket, or 403, or 501 NotImplemented where the API is missing): an HTML
 * page, a success, or an error without that document means a web server, proxy or wrong path answered.
 *
 * @internal
 */
export function notS3Because(response: StepResponse): string | undefined {
  const contentType = response.headers["content-type"] ?? "";
  const text = bodyText(response);
  const type = contentType === "" ? "no content-type" : contentType.split(";")[0]?.trim();
  if (/html/i.test(contentType) || /^\s*<(!doctype\s+html|html[\s>])/i.test(text)) {
    const title = /<title>([^<]{1,80})<\/title>/i.exec(text)?.[1]?.trim();
    return `it answered an HTML page (${response.status}, ${type}${title ? `, "${title}"` : ""}), not an S3 error document`;
  }
  if (response.status >= 200 && response.status < 300)
    return `it answered ${response.status} (${type}) where S3 must refuse: the bucket does not exist (S3 answers 404 NoSuchBucket)`;
  if (response.error === undefined || response.error.code.startsWith("("))
    return `it answered ${response.status} (${type}) with no S3 error document (S3 answers an <Error> document with a <Code>)`;
  return undefined;
}

// The body as parseResponseBody kept it: the start of a non-document error, or of a non-XML success.
function bodyText(response: StepResponse): string {
  if (response.error?.code.startsWith("(")) return response.error.message ?? "";
  const output = response.output as { $text?: unknown } | undefined;
  return typeof output?.$text === "string" ? output.$text : "";
}
