import { bucketFromHost } from "./bucket-from-host.js";
import { strictDecode } from "./decode-uri-component.js";
import { parseQuery, type QueryParameter } from "./parse-query.js";
import type { RawUrl } from "./raw-url.js";

/**
 * The operations the engine serves; everything else is `NotImplemented`.
 *
 * @example
 * ```ts
 * const name: OperationName = "ListBucketInventoryConfigurations";
 * ```
 */
export type OperationName =
  | "PutBucketInventoryConfiguration"
  | "GetBucketInventoryConfiguration"
  | "DeleteBucketInventoryConfiguration"
  | "ListBucketInventoryConfigurations"
  | "CreateBucket"
  | "HeadBucket"
  | "DeleteBucket"
  | "ListBuckets"
  | "NotImplemented";

/**
 * A request once routed: the operation and its decoded parameters.
 *
 * @example
 * ```ts
 * const route: ResolvedOperation = { operation: "GetBucketInventoryConfiguration", bucket: "src", id: "report-1", query: [] };
 * ```
 */
export interface ResolvedOperation {
  operation: OperationName;
  bucket?: string | undefined;
  /** The `id` query parameter; `undefined` when absent. */
  id?: string | undefined;
  continuationToken?: string | undefined;
  query: QueryParameter[];
}

const BUCKET_OPERATIONS: Readonly<Record<string, OperationName>> = {
  PUT: "CreateBucket",
  HEAD: "HeadBucket",
  DELETE: "DeleteBucket",
};

// Parameters that never name an S3 sub-resource: the SDK's operation hint `x-id` (botocore's
// S3 model has no x-id, so boto3 and the AWS CLI never send it, so it is optional and never used to route) and SigV4's presigned
// query parameters ([DOC] "Authenticating Requests: Using Query Parameters").
function isNeutral(name: string): boolean {
  return name === "x-id" || name.startsWith("X-Amz-") || name.startsWith("x-amz-");
}

/**
 * Routes a request to one operation, the way S3 does: bucket from the host (virtual-hosted) or the
 * first path segment (path-style), sub-resource from the query. `inventory` and `inventory=` are the
 * same; Get and List are told apart by the presence of `id`, never by `x-id`
 * (the request lines the sdk-oracle test pins; msw ignores query strings when matching). Throws `InvalidUriError` on bad
 * percent-encoding.
 *
 * @example
 * ```ts
 * resolveOperation("GET", splitRawUrl("http://127.0.0.1/src/?inventory=&x-id=ListBucketInventoryConfigurations")!, []);
 * // { operation: "ListBucketInventoryConfigurations", bucket: "src", ... }
 * ```
 */
export function resolveOperation(
  method: string,
  url: RawUrl,
  endpointHostnames: readonly string[],
): ResolvedOperation {
  const query = parseQuery(url.rawQuery);
  const addressing = bucketFromHost(url.hostname, endpointHostnames);
  let bucket: string | undefined;
  let key: string;
  if (addressing.style === "virtual") {
    bucket = addressing.bucket;
    key = url.rawPath.slice(1);
  } else {
    const path = url.rawPath.slice(1);
    const slash = path.indexOf("/");
    const segment = slash === -1 ? path : path.slice(0, slash);
    bucket = segment === "" ? undefined : strictDecode(segment);
    key = slash === -1 ? "" : path.slice(slash + 1);
  }
  // An object key means an object operation, none of which this mock serves.
  if (key !== "") {
    strictDecode(key);
    return { operation: "NotImplemented", bucket, query };
  }

  if (bucket === undefined) {
    // `GET /` on the service endpoint is ListBuckets; its paging parameters are accepted and ignored.
    return { operation: method === "GET" ? "ListBuckets" : "NotImplemented", query };
  }
  if (query.some((parameter) => parameter.name === "inventory")) {
    const id = query.find((parameter) => parameter.name === "id")?.value;
    const continuationToken = query.find((parameter) => parameter.name === "continuation-token")?.value;
    const operation: OperationName =
      method === "PUT"
        ? "PutBucketInventoryConfiguration"
        : method === "DELETE"
          ? "DeleteBucketInventoryConfiguration"
          : method === "GET"
            ? id !== undefined
              ? "GetBucketInventoryConfiguration"
              : "ListBucketInventoryConfigurations"
            : "NotImplemented";
    return { operation, bucket, id, continuationToken, query };
  }
  // Any other sub-resource (acl, policy, tagging, ...) or a bucket GET (ListObjects) is not served.
  if (query.some((parameter) => !isNeutral(parameter.name))) {
    return { operation: "NotImplemented", bucket, query };
  }
  return { operation: BUCKET_OPERATIONS[method] ?? "NotImplemented", bucket, query };
}
