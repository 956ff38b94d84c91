import type { S3Operation } from "./s3-operations.js";

/**
 * An operation's `http.uri`, taken apart: whether it addresses a bucket, the literal query a client sends
 * (in order), and the literal keys that select the operation on a server.
 *
 * @public
 */
export interface RequestUriParts {
  /** True for `/{Bucket}…`, false for the service root `/`. */
  readonly addressesBucket: boolean;
  /** Every literal `key=value` of the URI's query, in order (`inventory` gives `["inventory", ""]`). */
  readonly query: readonly (readonly [key: string, value: string])[];
  /**
   * The literal keys a server routes on: all but `x-id`, the SDK's operation hint, which botocore never
   * sends and S3 does not need (botocore's S3 model has no `x-id`: boto/botocore@0e6e2404
   * botocore/data/s3/2006-03-01/service-2.json; the boto3 requests of the recordings carry none, evidence:put-answers-204).
   */
  readonly selectors: readonly string[];
}

/**
 * Takes an operation's Smithy-style `uri` apart.
 *
 * @example
 * ```ts
 * requestUriParts(S3_OPERATIONS.ListBucketInventoryConfigurations);
 * // { addressesBucket: true, query: [["inventory", ""], ["x-id", "ListBucketInventoryConfigurations"]], selectors: ["inventory"] }
 * ```
 * @public
 */
export function requestUriParts(operation: S3Operation): RequestUriParts {
  const [path = "", rawQuery] = operation.http.uri.split("?", 2);
  const query = (rawQuery ?? "")
    .split("&")
    .filter((part) => part !== "")
    .map((part): readonly [string, string] => {
      const equals = part.indexOf("=");
      return equals === -1 ? [part, ""] : [part.slice(0, equals), part.slice(equals + 1)];
    });
  return {
    addressesBucket: path.startsWith("/{"),
    query,
    selectors: query.map(([key]) => key).filter((key) => key !== "x-id"),
  };
}

/**
 * The wire name of the query parameter or header `member` is bound to, or `undefined` when it has none.
 *
 * @example
 * ```ts
 * boundName(S3_OPERATIONS.GetBucketInventoryConfiguration, "Id"); // "id"
 * ```
 * @public
 */
export function boundName(operation: S3Operation, member: string): string | undefined {
  const binding = operation.input[member]?.binding;
  return binding?.in === "query" || binding?.in === "header" ? binding.name : undefined;
}

/**
 * True when the operation changes what is stored (anything but GET and HEAD): what a conformance run must
 * guard before sending.
 *
 * @example
 * ```ts
 * writesState(S3_OPERATIONS.DeleteBucketInventoryConfiguration); // true
 * ```
 * @public
 */
export function writesState(operation: S3Operation): boolean {
  return operation.http.method !== "GET" && operation.http.method !== "HEAD";
}
