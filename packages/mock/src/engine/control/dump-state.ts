import type { InventoryConfiguration } from "@s3-inventory/model";
import type { MockState } from "../state/mock-state.js";

/**
 * The JSON body of `GET /_s3-inventory/state`: every bucket (by name) with its owner, region and
 * configurations (by Id, in the SDK's shape), for debugging a test.
 *
 * @internal
 */
export interface StateDump {
  buckets: {
    name: string;
    owner: string;
    region: string;
    createdAt: string;
    configurations: InventoryConfiguration[];
  }[];
}

/**
 * Copies the state into a {@link StateDump}.
 *
 * @internal
 */
export function dumpState(state: MockState): StateDump {
  return {
    buckets: state.listBuckets().map((bucket) => ({
      name: bucket.name,
      owner: bucket.owner,
      region: bucket.region,
      createdAt: bucket.createdAt,
      configurations: bucket.sortedIds.flatMap((id) => {
        const stored = bucket.configurations.get(id);
        return stored ? [stored.configuration] : [];
      }),
    })),
  };
}
