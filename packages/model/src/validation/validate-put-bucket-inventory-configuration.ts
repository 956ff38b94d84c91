import type { S3ErrorResponse } from "../errors/s3-error-response.js";
import type { InventoryConfiguration } from "../shapes/inventory-configuration.js";

/**
 * The verdict of {@link validatePutBucketInventoryConfiguration}.
 * @public
 */
export type PutValidationResult =
  | { ok: true; configuration: InventoryConfiguration }
  | { ok: false; error: S3ErrorResponse };

/** @public */
export function validatePutBucketInventoryConfiguration(_request: {
  id: string | undefined;
  body: string | Uint8Array | undefined;
}): PutValidationResult {
  throw new Error("not implemented yet (issue #2)");
}
