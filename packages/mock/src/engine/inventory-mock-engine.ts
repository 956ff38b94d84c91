import { createS3Error, type S3ErrorCode, type S3ErrorResponse } from "@s3-inventory/model";
import { DEFAULT_ACCOUNT_ID } from "./auth/account-for-access-key.js";
import { authenticateRequest } from "./auth/authenticate-request.js";
import { getCallerIdentity, isGetCallerIdentity } from "./sts/get-caller-identity.js";
import type { SigningKeyCache } from "./auth/verify-sigv4.js";
import { drawFault } from "./chaos/fault-injection.js";
import { applyLatency } from "./chaos/latency.js";
import { errorResponse } from "./http/error-response.js";
import { createResponseIds } from "./http/response-ids.js";
import type { S3Request, S3Response } from "./http/s3-request.js";
import {
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_HEADER_BYTES,
  type InventoryMockOptions,
} from "./inventory-mock-options.js";
import { bucketNameProblem } from "./operations/bucket-name-problem.js";
import { createBucket, deleteBucket, headBucket, listBuckets } from "./operations/bucket-operations.js";
import { deleteBucketInventoryConfiguration } from "./operations/delete-bucket-inventory-configuration.js";
import { getBucketInventoryConfiguration } from "./operations/get-bucket-inventory-configuration.js";
import { listBucketInventoryConfigurations } from "./operations/list-bucket-inventory-configurations.js";
import {
  CommitFailedError,
  committerFor,
  type OperationContext,
  type OperationResult,
} from "./operations/operation-context.js";
import { putBucketInventoryConfiguration } from "./operations/put-bucket-inventory-configuration.js";
import { InvalidUriError } from "./routing/decode-uri-component.js";
import { splitRawUrl } from "./routing/raw-url.js";
import { type OperationName, resolveOperation } from "./routing/resolve-operation.js";
import { controlEndpointOf } from "./control/control-path.js";
import { dumpState } from "./control/dump-state.js";
import { type ControlContext, handleControlRequest } from "./control/handle-control-request.js";
import { parseQuery } from "./routing/parse-query.js";
import { MockState } from "./state/mock-state.js";
import type { StateMutation } from "./state/state-mutation.js";

/**
 * One S3 behaviour engine: all of the mock's S3 semantics, behind one transport-neutral method.
 *
 * @example
 * ```ts
 * declare const headers: Record<string, string>; // signed with the mock's credentials
 * const engine = createInventoryMockEngine({ buckets: ["src"] });
 * const response = await engine.handle({ method: "GET", url: "http://127.0.0.1/src/?inventory", headers, body: undefined });
 * ```
 * @public
 */
export interface InventoryMockEngine {
  /** Answers one request as S3 would. Never rejects: an unexpected failure is a 500 InternalError. */
  handle(request: S3Request): Promise<S3Response>;
  /** Resolves once the initial buckets are durable (immediately without a journal). */
  readonly ready: Promise<void>;
  /**
   * S3's error answer for a request a transport refused before it could be read whole (a body over
   * the cap, a header section over the limit), with fresh request ids.
   */
  reject(code: S3ErrorCode, method?: string): S3Response;
  /**
   * Forgets everything and creates the initial buckets again (e.g. between tests), as
   * `POST /_s3-inventory/reset` does. With a journal the reset is recorded: the promise resolves once
   * it is durable, and a restart after it starts from the initial buckets too.
   */
  reset(): Promise<void>;
  /** The mutations that rebuild the current state (used to compact a journal); never a `reset`. */
  snapshot(): Iterable<Exclude<StateMutation, { type: "reset" }>>;
}

type Operation = (context: OperationContext) => OperationResult | Promise<OperationResult>;

const OPERATIONS: Record<Exclude<OperationName, "NotImplemented">, Operation> = {
  PutBucketInventoryConfiguration: putBucketInventoryConfiguration,
  GetBucketInventoryConfiguration: getBucketInventoryConfiguration,
  DeleteBucketInventoryConfiguration: deleteBucketInventoryConfiguration,
  ListBucketInventoryConfigurations: listBucketInventoryConfigurations,
  CreateBucket: createBucket,
  HeadBucket: headBucket,
  DeleteBucket: deleteBucket,
  ListBuckets: listBuckets,
};

/**
 * Creates an engine with its own state: two engines never share anything. Throws a `TypeError` for an
 * initial bucket whose name S3's CreateBucket would refuse (InvalidBucketName), rather than create a
 * bucket no real S3 could hold.
 *
 * @example
 * ```ts
 * const engine = createInventoryMockEngine({ region: "eu-west-1", buckets: ["src"], auth: "lenient" });
 * await engine.ready;
 * ```
 * @public
 */
export function createInventoryMockEngine(options: InventoryMockOptions = {}): InventoryMockEngine {
  for (const bucket of options.buckets ?? []) {
    const problem = bucketNameProblem(typeof bucket === "string" ? bucket : bucket.name, {
      allowDirectoryBucket: true,
    });
    if (problem !== undefined) throw new TypeError(`createInventoryMockEngine: initial ${problem}`);
  }
  const region = options.region ?? "us-east-1";
  const defaultAccountId = options.defaultAccountId ?? DEFAULT_ACCOUNT_ID;
  const credentials = options.credentials ?? [];
  const endpointHostnames = (options.endpointHostnames ?? ["localhost"]).map((name) => name.toLowerCase());
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxHeaderBytes = options.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const commit = committerFor(options.journal);
  const ids = createResponseIds();
  const signingKeys: SigningKeyCache = new Map();
  const state = new MockState();

  // The initial buckets missing from the state (all of them after a reset), as mutations.
  const initialBuckets = (after: "now" | "reset"): StateMutation[] =>
    (options.buckets ?? []).flatMap((bucket) => {
      const spec = typeof bucket === "string" ? { name: bucket } : bucket;
      if (after === "now" && state.getBucket(spec.name)) return [];
      return [
        {
          type: "createBucket",
          bucket: spec.name,
          owner: spec.accountId ?? defaultAccountId,
          region: spec.region ?? region,
          createdAt: new Date(now()).toISOString(),
        },
      ];
    });

  for (const mutation of options.restore ?? []) state.apply(mutation);
  const seeded = initialBuckets("now");
  for (const mutation of seeded) state.apply(mutation);
  const ready = Promise.all(seeded.map(commit)).then(() => undefined);
  const startedAt = now();

  // Durable first, then applied, like every write. The reset and the initial buckets are recorded
  // together, and applied (in place: writes in flight hold this state) in the journal's order: a
  // write recorded before the reset is applied before it and wiped, one recorded after survives it.
  const reset = (): Promise<void> => {
    const recreated = initialBuckets("reset");
    const applied = commit({ type: "reset" }).then(() => {
      state.apply({ type: "reset" });
      for (const mutation of recreated) state.apply(mutation);
    });
    return Promise.all([applied, ...recreated.map(commit)]).then(() => undefined);
  };
  const control: ControlContext = {
    auth: options.auth ?? "lenient",
    persistent: options.journal !== undefined,
    startedAt,
    now,
    counts: () => state.counts(),
    dump: () => dumpState(state),
    reset,
    authenticate(request) {
      const url = splitRawUrl(request.url);
      const result = authenticateRequest({
        method: request.method,
        rawPath: url?.rawPath ?? "/",
        query: parseQuery(url?.rawQuery ?? ""),
        headers: request.headers,
        host: url?.authority ?? "",
        body: request.body,
        mode: "strict",
        credentials,
        defaultAccountId,
        now: now(),
        signingKeys,
      });
      return "error" in result ? result.error : undefined;
    },
  };

  // Synchronous unless latency is injected or the operation waits for the journal: a Get answers
  // without a promise of its own.
  function dispatch(request: S3Request): OperationResult | Promise<OperationResult> {
    if (options.latency === undefined) return route(request);
    return applyLatency(options.latency, random).then(() => route(request));
  }

  function route(request: S3Request): OperationResult | Promise<OperationResult> {
    const fault = drawFault(options.faults, random);
    if (fault) return { error: fault };
    if (headerBytes(request.headers) > maxHeaderBytes)
      return { error: createS3Error("RequestHeaderSectionTooLarge") };
    // [DOC] S3 error codes, MaxMessageLengthExceeded "Your request was too big." (400): the cap is this
    // mock's choice (README, "Limits"); an inventory document is a few KB.
    if (request.body && request.body.byteLength > maxBodyBytes)
      return { error: createS3Error("MaxMessageLengthExceeded") };
    const url = splitRawUrl(request.url);
    if (!url) return { error: createS3Error("InvalidURI") };
    let route: ReturnType<typeof resolveOperation>;
    try {
      route = resolveOperation(request.method, url, endpointHostnames);
    } catch (error) {
      if (error instanceof InvalidUriError) return { error: createS3Error("InvalidURI") };
      throw error;
    }
    const auth = authenticateRequest({
      method: request.method,
      rawPath: url.rawPath,
      query: route.query,
      headers: request.headers,
      host: url.authority,
      body: request.body,
      mode: options.auth ?? "lenient",
      credentials,
      defaultAccountId,
      now: now(),
      signingKeys,
    });
    if ("error" in auth) return auth;
    if (route.operation === "NotImplemented" && isGetCallerIdentity(request, url))
      return getCallerIdentity(auth.accountId);
    if (route.operation === "NotImplemented") return { error: createS3Error("NotImplemented") };
    return OPERATIONS[route.operation]({ request, route, accountId: auth.accountId, state, region, commit });
  }

  return {
    ready,
    async handle(request) {
      const controlEndpoint = controlEndpointOf(request.url, endpointHostnames);
      if (controlEndpoint !== undefined) {
        try {
          return await handleControlRequest(controlEndpoint, request, control);
        } catch {
          return errorResponse(createS3Error("InternalError"), ids.next(), request.method);
        }
      }
      const requestIds = ids.next();
      let result: OperationResult;
      try {
        const outcome = dispatch(request);
        result = outcome instanceof Promise ? await outcome : outcome;
      } catch (error) {
        // A bug or a failed journal write must still get an S3 answer, never a dropped connection.
        const variant = error instanceof CommitFailedError ? "journalWriteFailed" : undefined;
        result = { error: createS3Error("InternalError", { variant }) };
      }
      if ("error" in result)
        return errorResponse(result.error as S3ErrorResponse, requestIds, request.method);
      // Operations build a fresh headers object per answer, so it is completed in place.
      const headers = result.headers ?? {};
      headers["x-amz-request-id"] = requestIds.requestId;
      headers["x-amz-id-2"] = requestIds.hostId;
      headers["server"] = "AmazonS3";
      return { status: result.status, headers, body: request.method === "HEAD" ? undefined : result.body };
    },
    reject(code, method = "GET") {
      return errorResponse(createS3Error(code), ids.next(), method);
    },
    reset,
    snapshot() {
      return state.snapshot();
    },
  };
}

function headerBytes(headers: Readonly<Record<string, string>>): number {
  let total = 0;
  for (const name in headers) total += name.length + (headers[name]?.length ?? 0) + 4;
  return total;
}
