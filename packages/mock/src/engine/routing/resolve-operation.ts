import {
  requestUriParts,
  S3_OPERATIONS,
  type S3Operation,
  type S3OperationName,
  type S3OperationTable,
} from "@s3-inventory/model";
import { bucketFromHost } from "./bucket-from-host.js";
import { strictDecode } from "./decode-uri-component.js";
import { parseQuery, type QueryParameter } from "./parse-query.js";
import type { RawUrl } from "./raw-url.js";

/**
 * The operations the engine serves (those of the model's operation table); everything else is `NotImplemented`.
 * @internal
 */
export type OperationName = S3OperationName | "NotImplemented";

/**
 * A request once routed: the operation, the bucket, and the input members bound to the query, decoded
 * and keyed by member name (`Id`, `ContinuationToken`); a member absent from the query is absent here.
 * @internal
 */
export interface ResolvedOperation {
  operation: OperationName;
  bucket?: string | undefined;
  input: Readonly<Record<string, string>>;
  query: QueryParameter[];
}

/**
 * Routes a request: method, URL, endpoint host names.
 * @internal
 */
export type OperationRouter = (
  method: string,
  url: RawUrl,
  endpointHostnames: readonly string[],
) => ResolvedOperation;

interface Route {
  operation: S3Operation;
  addressesBucket: boolean;
  selectors: readonly string[];
  /** Query name -> member name, for every query-bound member. */
  queryMembers: ReadonlyMap<string, string>;
  requiredQuery: readonly string[];
}

// Parameters that never name an S3 sub-resource: the SDK's operation hint `x-id` (botocore's
// S3 model has no x-id, so boto3 and the AWS CLI never send it, so it is optional and never used to route) and SigV4's presigned
// query parameters ([DOC] "Authenticating Requests: Using Query Parameters").
function isNeutral(name: string): boolean {
  return name === "x-id" || name.startsWith("X-Amz-") || name.startsWith("x-amz-");
}

/**
 * Builds the router for an operation table, the way S3 routes: bucket from the host (virtual-hosted) or
 * the first path segment (path-style), operation from the method and the URI's selecting query keys
 * (`inventory` and `inventory=` are the same). Operations that share both (Get and List) are told apart by
 * their required query members (`id`), never by `x-id` (the request lines the sdk-oracle test pins). A bucket
 * request with a query key no operation selects on (acl, policy, ...) is `NotImplemented`. The router
 * throws `InvalidUriError` on bad percent-encoding.
 * @internal
 */
export function createOperationRouter(table: S3OperationTable): OperationRouter {
  const routes: Route[] = Object.values(table).map((operation) => {
    const queryMembers = new Map<string, string>();
    const requiredQuery: string[] = [];
    for (const [member, { binding, required }] of Object.entries(operation.input)) {
      if (binding.in !== "query") continue;
      queryMembers.set(binding.name, member);
      if (required) requiredQuery.push(binding.name);
    }
    const { addressesBucket, selectors } = requestUriParts(operation);
    return { operation, addressesBucket, selectors, queryMembers, requiredQuery };
  });

  return (method, url, endpointHostnames) => {
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
      return { operation: "NotImplemented", bucket, input: {}, query };
    }
    const names = new Set(query.map((parameter) => parameter.name));
    const route = pickRoute(routes, method, bucket !== undefined, names);
    if (route === undefined) return { operation: "NotImplemented", bucket, input: {}, query };
    const input: Record<string, string> = {};
    for (const parameter of query) {
      const member = route.queryMembers.get(parameter.name);
      if (member !== undefined && !(member in input)) input[member] = parameter.value;
    }
    return { operation: route.operation.name, bucket, input, query };
  };
}

function pickRoute(
  routes: readonly Route[],
  method: string,
  addressesBucket: boolean,
  names: ReadonlySet<string>,
): Route | undefined {
  const candidates = routes.filter(
    (route) =>
      route.operation.http.method === method &&
      route.addressesBucket === addressesBucket &&
      route.selectors.every((selector) => names.has(selector)),
  );
  const mostSelectors = Math.max(-1, ...candidates.map((route) => route.selectors.length));
  const specific = candidates.filter((route) => route.selectors.length === mostSelectors);
  // A bucket request that names a sub-resource no operation here selects on is another operation (ListObjects,
  // GetBucketAcl, ...). `GET /` is ListBuckets whatever its paging parameters.
  if (addressesBucket && mostSelectors === 0 && [...names].some((name) => !isNeutral(name))) return undefined;
  const satisfied = specific.filter((route) => route.requiredQuery.every((name) => names.has(name)));
  const pool = satisfied.length > 0 ? satisfied : specific;
  const byRequired = (a: Route, b: Route) =>
    satisfied.length > 0
      ? b.requiredQuery.length - a.requiredQuery.length
      : a.requiredQuery.length - b.requiredQuery.length;
  return [...pool].sort(byRequired)[0];
}

/**
 * Routes a request by the model's operation table.
 *
 * @internal
 */
export const resolveOperation: OperationRouter = createOperationRouter(S3_OPERATIONS);
