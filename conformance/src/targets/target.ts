import type { ConnectionSettings } from "../drivers/connection-settings.js";

/**
 * Where the cases run: the embedded mock server (default), the in-process msw mock, any endpoint, or AWS.
 *
 * @example
 * ```ts
 * const kind: TargetKind = "msw"; // --target msw
 * ```
 * @public
 */
export type TargetKind = "embedded" | "msw" | "endpoint" | "aws";

/**
 * A ready target: how to reach it, the caller's account id if known, and how to let it go.
 *
 * @internal
 */
export interface Target {
  kind: TargetKind;
  /** Secret-free description for reports, e.g. "embedded mock server at http://127.0.0.1:40123". */
  description: string;
  settings: ConnectionSettings;
  accountId: string | undefined;
  /**
   * Where the account id came from, for the report (e.g. "--account-id", "STS GetCallerIdentity"), or, when
   * it is unknown, why (e.g. "the endpoint does not answer STS GetCallerIdentity").
   */
  accountIdSource: string;
  close(): Promise<void>;
}
