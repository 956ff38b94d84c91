// @s3-inventory/mock: one S3 behaviour engine for bucket inventory configurations. Transports live in
// the `./msw` and `./server` entry points; this entry is the transport-neutral core.
export {
  accountForAccessKey,
  DEFAULT_ACCOUNT_ID,
} from "./engine/auth/account-for-access-key.js";
export type { AuthMode } from "./engine/auth/authenticate-request.js";
export type { MockCredential } from "./engine/auth/mock-credential.js";
export type { FaultInjectionOption } from "./engine/chaos/fault-injection.js";
export { type LatencyOption, parseLatency } from "./engine/chaos/latency.js";
export type { S3Request, S3Response } from "./engine/http/s3-request.js";
export { createInventoryMockEngine, type InventoryMockEngine } from "./engine/inventory-mock-engine.js";
export type { InitialBucket, InventoryMockOptions } from "./engine/inventory-mock-options.js";
export type { StateJournal, StateMutation } from "./engine/state/state-mutation.js";
