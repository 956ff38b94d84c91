import type { InventoryConfiguration } from "../shapes/inventory-configuration.js";

/**
 * Which bytes to write: `request` is exactly what @aws-sdk/client-s3 3.1175.0 sends as a Put body
 * (declaration, no newline, required members first); `response` is what S3 sends in a Get body
 * (declaration, newline, model order).
 * @public
 */
export type XmlDocumentStyle = "request" | "response";

/** @public */
export function serializeInventoryConfiguration(
  _configuration: InventoryConfiguration,
  _style: XmlDocumentStyle = "request",
): string {
  throw new Error("not implemented yet (issue #2)");
}

/** @public */
export function parseInventoryConfiguration(_xml: string | Uint8Array): InventoryConfiguration {
  throw new Error("not implemented yet (issue #2)");
}
