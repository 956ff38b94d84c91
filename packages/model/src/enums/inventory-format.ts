/**
 * Formats of the inventory report. Source: S3 service model (`InventoryFormat`), @aws-sdk/client-s3 3.1175.0.
 *
 * @example
 * ```ts
 * const format: InventoryFormat = InventoryFormat.Parquet;
 * ```
 * @public
 */
export const InventoryFormat = {
  CSV: "CSV",
  ORC: "ORC",
  Parquet: "Parquet",
} as const;

/** @public */
export type InventoryFormat = (typeof InventoryFormat)[keyof typeof InventoryFormat];
