import { createS3Error, serializeInventoryConfiguration } from "@s3-inventory/model";
import { authorizeBucketAccess } from "./authorize-bucket-access.js";
import type { OperationContext, OperationResult } from "./operation-context.js";

const encoder = new TextEncoder();

/**
 * GetBucketInventoryConfiguration: 200 with exactly the stored document, written by the model's codec
 * in S3's response style (no defaults added, OptionalFields order kept: evidence:get-returns-configuration-as-put);
 * 404 NoSuchConfiguration for an unknown Id (evidence:get-unknown-id-404). The bytes
 * are written once per stored version and reused.
 *
 * @internal
 */
export function getBucketInventoryConfiguration(context: OperationContext): OperationResult {
  const access = authorizeBucketAccess(context);
  if ("error" in access) return access;
  const stored = access.bucket.configurations.get(context.route.input.Id ?? "");
  if (!stored) return { error: createS3Error("NoSuchConfiguration") };
  stored.responseBody ??= encoder.encode(serializeInventoryConfiguration(stored.configuration, "response"));
  return { status: 200, headers: { "content-type": "application/xml" }, body: stored.responseBody };
}
