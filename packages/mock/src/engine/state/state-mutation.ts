import type { InventoryConfiguration } from "@s3-inventory/model";

/**
 * One change to the mock's state: what a journal records and what a replay applies again.
 *
 * @example
 * ```ts
 * const mutation: StateMutation = { type: "deleteConfiguration", bucket: "src", id: "report-1" };
 * ```
 * @public
 */
export type StateMutation =
  | { type: "createBucket"; bucket: string; owner: string; region: string; createdAt: string }
  | { type: "deleteBucket"; bucket: string }
  | { type: "putConfiguration"; bucket: string; id: string; configuration: InventoryConfiguration }
  | { type: "deleteConfiguration"; bucket: string; id: string }
  /** Everything forgotten (`POST /_s3-inventory/reset`); the initial buckets follow as `createBucket`s. */
  | { type: "reset" };

/**
 * Where acknowledged writes go before the engine answers 2xx: the plug-in point for persistence.
 * `record` resolves once the mutation is durable; the engine sends its success only after that. The
 * in-memory mock has no journal; `@s3-inventory/mock/server` plugs in an fsynced append-only file.
 *
 * @example
 * ```ts
 * declare function appendAndFsync(mutation: StateMutation): Promise<void>;
 * const journal: StateJournal = { async record(mutation) { await appendAndFsync(mutation); } };
 * const engine = createInventoryMockEngine({ journal });
 * ```
 * @public
 */
export interface StateJournal {
  record(mutation: StateMutation): Promise<void>;
}
