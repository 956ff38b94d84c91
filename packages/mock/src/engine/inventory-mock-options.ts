import { MAX_PUT_INVENTORY_CONFIGURATION_BODY_BYTES } from "@s3-inventory/model";
import type { MockCredential } from "./auth/mock-credential.js";
import type { AuthMode } from "./auth/authenticate-request.js";
import type { FaultInjectionOption } from "./chaos/fault-injection.js";
import type { LatencyOption } from "./chaos/latency.js";
import type { StateJournal, StateMutation } from "./state/state-mutation.js";

/**
 * A bucket to create when the mock starts: a name, or a name with its owner and region.
 *
 * @example
 * ```ts
 * const buckets: InitialBucket[] = ["src", { name: "other", accountId: "111111111111", region: "eu-west-1" }];
 * ```
 * @public
 */
export type InitialBucket =
  | string
  | { name: string; accountId?: string | undefined; region?: string | undefined };

/**
 * Everything that configures one mock. Every field is optional.
 *
 * @example
 * ```ts
 * const options: InventoryMockOptions = {
 *   region: "eu-west-1",
 *   buckets: ["src"],
 *   auth: "strict",
 *   credentials: [{ accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" }],
 * };
 * ```
 * @public
 */
export interface InventoryMockOptions {
  /** Region of buckets created without a LocationConstraint, and of ListBuckets. Default `us-east-1`. */
  region?: string | undefined;
  /** Account of requests whose key maps to no other account. Default `123456789012`. */
  defaultAccountId?: string | undefined;
  /** `lenient` (default) accepts any signature; `strict` verifies SigV4 against `credentials`. */
  auth?: AuthMode | undefined;
  /** Known keys and their accounts (see the account rule in the README). */
  credentials?: readonly MockCredential[] | undefined;
  /** Buckets to create at start (skipped when they already exist, e.g. after a restore). */
  buckets?: readonly InitialBucket[] | undefined;
  /**
   * Host names that serve virtual-hosted requests as `{bucket}.{hostname}`, in addition to S3's own
   * `*.amazonaws.com` names. Default `["localhost"]`.
   */
  endpointHostnames?: readonly string[] | undefined;
  /** Delay before each answer. */
  latency?: LatencyOption | undefined;
  /** Random 500/503 answers. */
  faults?: FaultInjectionOption | undefined;
  /** Largest request body accepted; larger gives 400 MaxMessageLengthExceeded. Default 1 MiB. */
  maxBodyBytes?: number | undefined;
  /** Largest header section (names plus values) accepted. Default 16 KiB, node:http's own limit. */
  maxHeaderBytes?: number | undefined;
  /** Where acknowledged writes are made durable before the 2xx (persistence). */
  journal?: StateJournal | undefined;
  /** State to start from, e.g. a journal replayed by the server. */
  restore?: Iterable<StateMutation> | undefined;
  /** Clock, for signature expiry and skew. Default `Date.now`. */
  now?: (() => number) | undefined;
  /** Randomness of latency jitter and faults. Default `Math.random`. */
  random?: (() => number) | undefined;
}

/**
 * The largest request body accepted by default: the model's Put body limit (1 MiB, a documented choice).
 *
 * @internal
 */
export const DEFAULT_MAX_BODY_BYTES = MAX_PUT_INVENTORY_CONFIGURATION_BODY_BYTES;
/**
 * The largest header section accepted by default: 16 KiB, node:http's `maxHeaderSize` default.
 *
 * @internal
 */
export const DEFAULT_MAX_HEADER_BYTES = 16 * 1024;
