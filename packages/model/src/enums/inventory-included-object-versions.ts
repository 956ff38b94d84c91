/**
 * Which object versions the report lists. Source: S3 service model (`InventoryIncludedObjectVersions`).
 *
 * @example
 * ```ts
 * const versions: InventoryIncludedObjectVersions = InventoryIncludedObjectVersions.Current;
 * ```
 * @public
 */
export const InventoryIncludedObjectVersions = {
  All: "All",
  Current: "Current",
} as const;

/** @public */
export type InventoryIncludedObjectVersions =
  (typeof InventoryIncludedObjectVersions)[keyof typeof InventoryIncludedObjectVersions];
