import { ConfigurationError } from "@s3-inventory/cli-kit";
import type { ConformanceCase } from "@s3-inventory/fixtures";

/**
 * One part of a sharded run: the `index`-th (1-based) of `count` parts.
 *
 * @internal
 */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Parses `--shard I/N` (1 ≤ I ≤ N ≤ 256).
 *
 * @internal
 */
export function parseShard(text: string): Shard {
  const match = /^(\d{1,3})\/(\d{1,3})$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || index < 1 || count > 256 || index > count)
    throw new ConfigurationError(`--shard ${text} must be I/N with 1 <= I <= N <= 256 (e.g. --shard 2/3)`);
  return { index, count };
}

/**
 * The cases of one shard: the selected cases in their order (by id), dealt round-robin, so the split
 * depends only on the selection, shards differ in size by at most one, and together they are the selection,
 * each case once. Each shard is its own run with its own run id, so no two shards share a bucket or a
 * configuration id.
 *
 * @internal
 */
export function shardCases(cases: readonly ConformanceCase[], shard: Shard | undefined): ConformanceCase[] {
  if (shard === undefined) return [...cases];
  const part = cases.filter((_, position) => position % shard.count === shard.index - 1);
  if (part.length === 0)
    throw new ConfigurationError(
      `--shard ${shard.index}/${shard.count} selects no case: the selection has only ${cases.length}`,
    );
  return part;
}
