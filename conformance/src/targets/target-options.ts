import type { InventoryMockOptions } from "@s3-inventory/mock";
import type { TargetKind } from "./target.js";

/**
 * Everything `openTarget` needs, already validated by the CLI.
 *
 * @internal
 */
export interface TargetOptions {
  kind: TargetKind;
  endpoint?: string;
  /** Where the endpoint came from, named in the description when it is the environment. */
  endpointFrom?: string;
  region: string;
  profile?: string;
  /** Path-style (`host/bucket/`) or virtual-hosted (`bucket.host/`) addressing. */
  pathStyle: boolean;
  tls: { rejectUnauthorized: boolean; ca?: string };
  accountId?: string;
  requestTimeoutMs: number;
  maxResponseBytes: number;
  /** Options of the embedded or msw mock (the benchmark injects latency this way). */
  mockOptions?: InventoryMockOptions;
}
