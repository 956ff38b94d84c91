import type { InventoryConfiguration } from "@s3-inventory/model";
import { compactConfiguration } from "./compact-configuration.js";
import { compareByteOrder } from "./compare-byte-order.js";
import type { StateMutation } from "./state-mutation.js";

/**
 * One stored configuration; `responseBody` caches the Get body, written once by the model's codec.
 *
 * @internal
 */
export interface StoredConfiguration {
  readonly configuration: InventoryConfiguration;
  responseBody: Uint8Array | undefined;
}

/**
 * One bucket: owner account, region and its configurations, with their Ids kept sorted in byte order
 * so a List page is a binary search and a slice.
 *
 * @internal
 */
export interface BucketRecord {
  readonly name: string;
  readonly owner: string;
  readonly region: string;
  readonly createdAt: string;
  readonly configurations: Map<string, StoredConfiguration>;
  readonly sortedIds: string[];
}

/**
 * The outcome of storing a configuration.
 *
 * @internal
 */
export type PutOutcome = "created" | "replaced" | "limit-reached" | "no-bucket";

/**
 * A place held for a change while it is being made durable; `release()` once it is applied or failed.
 *
 * @internal
 */
export interface Hold {
  release(): void;
}

/**
 * The whole state of one mock, in memory. Every method is synchronous, so a check and the change it
 * guards (the 1,000-configuration limit, a bucket name being free) can never interleave with another
 * request: that is what makes the engine safe under concurrent requests.
 *
 * @internal
 */
export class MockState {
  readonly #buckets = new Map<string, BucketRecord>();
  readonly #strings = new Map<string, string>();
  // Changes checked but not yet durable (so not applied): what the next check must count.
  readonly #heldIds = new Map<string, Map<string, number>>();
  readonly #heldBuckets = new Map<string, { owner: string; region: string }>();

  getBucket(name: string): BucketRecord | undefined {
    return this.#buckets.get(name);
  }

  /** All buckets, sorted by name. */
  listBuckets(): BucketRecord[] {
    return [...this.#buckets.values()].sort((a, b) => compareByteOrder(a.name, b.name));
  }

  /** Applies a mutation unconditionally (a replay, or a change the engine already checked). */
  apply(mutation: StateMutation): void {
    switch (mutation.type) {
      case "createBucket":
        if (!this.#buckets.has(mutation.bucket)) {
          this.#buckets.set(mutation.bucket, {
            name: mutation.bucket,
            owner: mutation.owner,
            region: mutation.region,
            createdAt: mutation.createdAt,
            configurations: new Map(),
            sortedIds: [],
          });
        }
        return;
      case "deleteBucket":
        this.#buckets.delete(mutation.bucket);
        return;
      case "putConfiguration":
        this.putConfiguration(mutation.bucket, mutation.id, mutation.configuration, Number.POSITIVE_INFINITY);
        return;
      case "deleteConfiguration":
        this.deleteConfiguration(mutation.bucket, mutation.id);
        return;
      case "reset":
        this.#buckets.clear();
        this.#strings.clear();
        return;
    }
  }

  /**
   * Stores `configuration` under `id`, replacing an existing one in place; a new Id is refused once
   * the bucket holds `limit` configurations.
   */
  putConfiguration(
    bucket: string,
    id: string,
    configuration: InventoryConfiguration,
    limit: number,
  ): PutOutcome {
    const record = this.#buckets.get(bucket);
    if (!record) return "no-bucket";
    const existing = record.configurations.get(id);
    if (!existing && record.configurations.size >= limit) return "limit-reached";
    const stored = {
      configuration: compactConfiguration(configuration, this.#strings),
      responseBody: undefined,
    };
    record.configurations.set(id, stored);
    if (existing) return "replaced";
    record.sortedIds.splice(firstIndexAfter(record.sortedIds, id, true), 0, id);
    return "created";
  }

  /**
   * Checks a Put as `putConfiguration` would, counting Puts still being made durable, and holds its
   * place: a change is applied only once it is durable, yet 100 concurrent Puts into a bucket of 950
   * still store exactly 1,000.
   */
  holdPut(bucket: string, id: string, limit: number): Hold | "limit-reached" | "no-bucket" {
    const record = this.#buckets.get(bucket);
    if (!record) return "no-bucket";
    const held = this.#heldIds.get(bucket);
    const isNew = !record.configurations.has(id) && !held?.has(id);
    if (isNew && record.configurations.size + (held?.size ?? 0) >= limit) return "limit-reached";
    const heldIds = held ?? new Map<string, number>();
    if (!held) this.#heldIds.set(bucket, heldIds);
    heldIds.set(id, (heldIds.get(id) ?? 0) + 1);
    return {
      release: () => {
        const count = (heldIds.get(id) ?? 1) - 1;
        if (count > 0) heldIds.set(id, count);
        else heldIds.delete(id);
        if (heldIds.size === 0 && this.#heldIds.get(bucket) === heldIds) this.#heldIds.delete(bucket);
      },
    };
  }

  /** A bucket being created (not yet durable), by name. */
  heldBucket(name: string): { owner: string; region: string } | undefined {
    return this.#heldBuckets.get(name);
  }

  /** Holds a bucket name while its creation is made durable (see {@link MockState.holdPut}). */
  holdBucket(name: string, owner: string, region: string): Hold {
    this.#heldBuckets.set(name, { owner, region });
    return { release: () => this.#heldBuckets.delete(name) };
  }

  /** Removes one configuration; `false` when there was none. */
  deleteConfiguration(bucket: string, id: string): boolean {
    const record = this.#buckets.get(bucket);
    if (!record?.configurations.delete(id)) return false;
    const index = firstIndexAfter(record.sortedIds, id, true);
    if (record.sortedIds[index] === id) record.sortedIds.splice(index, 1);
    return true;
  }

  /**
   * Up to `pageSize` configurations with Ids after `afterId` (all when `undefined`), in byte order,
   * and whether more follow.
   */
  listConfigurations(
    bucket: BucketRecord,
    afterId: string | undefined,
    pageSize: number,
  ): { items: StoredConfiguration[]; lastId: string | undefined; truncated: boolean } {
    const start = afterId === undefined ? 0 : firstIndexAfter(bucket.sortedIds, afterId, false);
    const ids = bucket.sortedIds.slice(start, start + pageSize);
    const items: StoredConfiguration[] = [];
    for (const id of ids) {
      const stored = bucket.configurations.get(id);
      if (stored) items.push(stored);
    }
    return { items, lastId: ids[ids.length - 1], truncated: start + pageSize < bucket.sortedIds.length };
  }

  /** How many buckets and configurations there are (for the health endpoint). */
  counts(): { buckets: number; configurations: number } {
    let configurations = 0;
    for (const bucket of this.#buckets.values()) configurations += bucket.configurations.size;
    return { buckets: this.#buckets.size, configurations };
  }

  /** Every mutation needed to rebuild this state from nothing (used to compact a journal). */
  *snapshot(): Generator<Exclude<StateMutation, { type: "reset" }>> {
    for (const bucket of this.#buckets.values()) {
      yield {
        type: "createBucket",
        bucket: bucket.name,
        owner: bucket.owner,
        region: bucket.region,
        createdAt: bucket.createdAt,
      };
      for (const id of bucket.sortedIds) {
        const stored = bucket.configurations.get(id);
        if (stored)
          yield { type: "putConfiguration", bucket: bucket.name, id, configuration: stored.configuration };
      }
    }
  }
}

// Index of the first Id not below `id` (inclusive) or strictly above it (exclusive), by binary search.
function firstIndexAfter(sorted: readonly string[], id: string, inclusive: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const order = compareByteOrder(sorted[middle] ?? "", id);
    if (order < 0 || (!inclusive && order === 0)) low = middle + 1;
    else high = middle;
  }
  return low;
}
