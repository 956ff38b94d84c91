/**
 * How often an inventory report is produced. Source: S3 service model (`InventoryFrequency`).
 *
 * @example
 * ```ts
 * const frequency: InventoryFrequency = InventoryFrequency.Daily;
 * ```
 * @public
 */
export const InventoryFrequency = {
  Daily: "Daily",
  Weekly: "Weekly",
} as const;

/** @public */
export type InventoryFrequency = (typeof InventoryFrequency)[keyof typeof InventoryFrequency];
