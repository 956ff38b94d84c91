// @s3-inventory/mock/msw: the engine served in-process through msw 2 handlers.
export { type InventoryHandlersOptions, inventoryHandlers } from "./inventory-handlers.js";
