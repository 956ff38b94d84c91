import type { InventoryConfiguration } from "@s3-inventory/model";

/**
 * Copies a configuration for long-term storage: fresh objects, and every string value taken from a
 * shared pool. A parsed document's strings can be slices that keep the whole request body alive, and
 * most values (formats, ARNs, prefixes, field names) repeat across configurations: pooling them is
 * what keeps 100 buckets x 1,000 configurations small (see the README's benchmark). `undefined`
 * members are dropped, which no serializer distinguishes from absent ones.
 *
 * @internal
 */
export function compactConfiguration(
  configuration: InventoryConfiguration,
  pool: Map<string, string>,
): InventoryConfiguration {
  return JSON.parse(JSON.stringify(configuration), (_key, value: unknown) => {
    if (typeof value !== "string") return value;
    const pooled = pool.get(value);
    if (pooled !== undefined) return pooled;
    if (pool.size < 100_000) pool.set(value, value);
    return value;
  }) as InventoryConfiguration;
}
