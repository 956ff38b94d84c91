import type { InventoryMockEngine, S3Request, S3Response } from "@s3-inventory/mock";
import {
  type ListBucketInventoryConfigurationsOutput,
  parseListInventoryConfigurationsResult,
  serializeListInventoryConfigurationsResult,
} from "@s3-inventory/model";
import type { S3Handler } from "./serve-engine.js";

/** One behaviour of the mock engine changed, the way real S3-compatible servers get it wrong. */
export type Breakage = (engine: InventoryMockEngine) => S3Handler;

const text = (body: Uint8Array | undefined): string => Buffer.from(body ?? new Uint8Array()).toString("utf8");
const isInventory = (request: S3Request): boolean => /[?&]inventory(=|&|$)/.test(request.url);
const hasId = (request: S3Request): boolean => /[?&]id=/.test(request.url);

function withUrl(request: S3Request, url: string, method = request.method): S3Request {
  return {
    ...request,
    method,
    url,
    body: method === "GET" || method === "DELETE" ? undefined : request.body,
  };
}

/** Swift's bug: a missing configuration is NoSuchInventoryConfiguration instead of NoSuchConfiguration. */
export const wrongErrorCode: Breakage = (engine) => async (request) => {
  const response = await engine.handle(request);
  const body = text(response.body);
  if (!body.includes("<Code>NoSuchConfiguration</Code>")) return response;
  return {
    ...response,
    body: Buffer.from(
      body.replace("<Code>NoSuchConfiguration</Code>", "<Code>NoSuchInventoryConfiguration</Code>"),
    ),
  };
};

/** The API reference's 200 instead of the recorded 204 for a successful PUT. */
export const put200: Breakage = (engine) => async (request) => {
  const response = await engine.handle(request);
  return request.method === "PUT" && isInventory(request) && response.status === 204
    ? { ...response, status: 200 }
    : response;
};

/** NooBaa-style fake success: a valid PUT is validated and answered 204, but nothing stays stored. */
export const storesNothing: Breakage = (engine) => async (request) => {
  const response = await engine.handle(request);
  if (request.method === "PUT" && isInventory(request) && response.status === 204) {
    await engine.handle(withUrl(request, request.url, "DELETE"));
  }
  return response;
};

/** A DELETE of a configuration that also removes the bucket. */
export const deleteRemovesBucket: Breakage = (engine) => async (request) => {
  const response = await engine.handle(request);
  if (request.method === "DELETE" && isInventory(request) && response.status === 204) {
    const url = new URL(request.url);
    await engine.handle(withUrl(request, `${url.origin}${url.pathname}`, "DELETE"));
  }
  return response;
};

/** The Ceph RGW PR: LIST returns every configuration in one page and ignores continuation tokens. */
export const noPagination: Breakage = (engine) => async (request) => {
  if (!(request.method === "GET" && isInventory(request) && !hasId(request))) return engine.handle(request);
  const url = new URL(request.url);
  url.searchParams.delete("continuation-token");
  let page = await engine.handle(withUrl(request, url.toString()));
  if (page.status !== 200) return page;
  const all: NonNullable<ListBucketInventoryConfigurationsOutput["InventoryConfigurationList"]> = [];
  for (;;) {
    const parsed = parseListInventoryConfigurationsResult(text(page.body));
    all.push(...(parsed.InventoryConfigurationList ?? []));
    if (!parsed.IsTruncated || !parsed.NextContinuationToken) break;
    url.searchParams.set("continuation-token", parsed.NextContinuationToken);
    page = await engine.handle(withUrl(request, url.toString()));
  }
  const body = serializeListInventoryConfigurationsResult({
    IsTruncated: false,
    ...(all.length > 0 ? { InventoryConfigurationList: all } : {}),
  });
  return { ...page, body: Buffer.from(body) };
};

/** No 1,000 limit: the 1,001st configuration is "accepted". */
export const noLimit: Breakage = (engine) => async (request) => {
  const response = await engine.handle(request);
  if (!text(response.body).includes("<Code>TooManyConfigurations</Code>")) return response;
  const { "content-type": _type, "content-length": _length, ...headers } = response.headers;
  return { status: 204, headers, body: undefined };
};

const NOT_IMPLEMENTED = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NotImplemented</Code><Message>A header you provided implies functionality that is not implemented.</Message><RequestId>0000</RequestId></Error>`;

/** Garage, versitygw: every inventory request is answered 501 NotImplemented (bucket operations work). */
export const notImplemented: Breakage = (engine) => async (request) => {
  if (!isInventory(request)) return engine.handle(request);
  const body = NOT_IMPLEMENTED;
  const ok: S3Response = {
    status: 501,
    headers: { "content-type": "application/xml", "x-amz-request-id": "0000" },
    body: Buffer.from(body),
  };
  return ok;
};

/**
 * A store keyed by configuration id alone, not by bucket and id: the buckets of a case share one set of
 * configurations. Emulated for the runner's naming (a case's second bucket is `<bucket>-other`, path-style):
 * inventory requests on `<bucket>-other` are served from `<bucket>`.
 */
export const storeKeyedByIdOnly: Breakage = (engine) => async (request) => {
  if (!isInventory(request)) return engine.handle(request);
  const url = new URL(request.url);
  url.pathname = url.pathname.replace(/^\/([^/]+)-other(?=\/|$)/, "/$1");
  return engine.handle(withUrl(request, url.toString()));
};

/**
 * Counts an overwrite at the 1,000 limit as a new configuration: a PUT of an id the bucket already holds is
 * refused with TooManyConfigurations when the bucket is full. S3 documents the error for creating a new
 * configuration only, so the fixtures mark the overwrite step `inferred`.
 */
export const refusesOverwriteAtLimit: Breakage = (engine) => async (request) => {
  if (!(request.method === "PUT" && isInventory(request) && hasId(request))) return engine.handle(request);
  const existing = await engine.handle(withUrl(request, request.url, "GET"));
  if (existing.status !== 200) return engine.handle(request);
  const listUrl = new URL(request.url);
  listUrl.searchParams.delete("id");
  let count = 0;
  for (;;) {
    const page = await engine.handle(withUrl(request, listUrl.toString(), "GET"));
    const parsed = parseListInventoryConfigurationsResult(text(page.body));
    count += parsed.InventoryConfigurationList?.length ?? 0;
    if (!parsed.IsTruncated || !parsed.NextContinuationToken) break;
    listUrl.searchParams.set("continuation-token", parsed.NextContinuationToken);
  }
  if (count < 1000) return engine.handle(request);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>TooManyConfigurations</Code><Message>You are attempting to create a new configuration but have already reached the 1,000-configuration limit.</Message><RequestId>0000</RequestId></Error>`;
  return {
    status: 400,
    headers: { "content-type": "application/xml", "x-amz-request-id": "0000" },
    body: Buffer.from(body),
  };
};

/** Namespaces the wrong way round: Get/List roots without S3's namespace, error roots with it. */
export const swappedNamespaces: Breakage = (engine) => async (request) => {
  const response = await engine.handle(request);
  const body = text(response.body);
  if (body === "") return response;
  const swapped = body
    .replace(' xmlns="http://s3.amazonaws.com/doc/2006-03-01/"', "")
    .replace(/<Error>/, '<Error xmlns="http://s3.amazonaws.com/doc/2006-03-01/">');
  const { "content-length": _length, ...headers } = response.headers;
  return { ...response, headers, body: Buffer.from(swapped) };
};

/** An S3 endpoint that does not answer STS GetCallerIdentity (as most S3-compatible servers): POST / is 501. */
export const withoutSts =
  (handle: S3Handler): S3Handler =>
  async (request) => {
    if (request.method === "POST" && new URL(request.url).pathname === "/")
      return {
        status: 501,
        headers: { "content-type": "application/xml" },
        body: Buffer.from(NOT_IMPLEMENTED),
      };
    return handle(request);
  };
