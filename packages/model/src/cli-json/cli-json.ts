import type { InventoryConfiguration } from "../shapes/inventory-configuration.js";

/** @public */
export function fromCliJson(_json: string | unknown): InventoryConfiguration {
  throw new Error("not implemented yet (issue #2)");
}

/** @public */
export function toCliJson(_configuration: InventoryConfiguration): string {
  throw new Error("not implemented yet (issue #2)");
}
