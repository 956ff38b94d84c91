/**
 * One HTTP request as any transport received it. The engine never sees a socket, a `Request` object
 * or a framework type: msw handlers and the node:http server both translate to this shape.
 *
 * @example
 * ```ts
 * const request: S3Request = {
 *   method: "GET",
 *   url: "http://127.0.0.1:4566/src/?inventory=&x-id=ListBucketInventoryConfigurations",
 *   headers: { host: "127.0.0.1:4566", authorization: "AWS4-HMAC-SHA256 Credential=..." },
 *   body: undefined,
 * };
 * ```
 * @public
 */
export interface S3Request {
  /** Upper-case HTTP method. */
  method: string;
  /** The absolute URL, as received: path and query still percent-encoded. */
  url: string;
  /** Header names lower-cased; repeated headers joined with `,` as node:http and fetch do. */
  headers: Readonly<Record<string, string>>;
  /** The request body, or `undefined` when there is none. */
  body: Uint8Array | undefined;
}

/**
 * The engine's answer, ready for any transport to send.
 *
 * @example
 * ```ts
 * declare const engine: InventoryMockEngine, request: S3Request;
 * const response: S3Response = await engine.handle(request);
 * response.status; // 204
 * response.headers["x-amz-request-id"]; // "4F3A9C10D2E8B761"
 * ```
 * @public
 */
export interface S3Response {
  status: number;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** `undefined` for empty answers (204, HEAD). */
  body: Uint8Array | undefined;
}
