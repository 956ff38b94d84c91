import { createS3Error } from "@s3-inventory/model";
import { authorizeBucketAccess } from "./authorize-bucket-access.js";
import type { OperationContext, OperationResult } from "./operation-context.js";

/**
 * DeleteBucketInventoryConfiguration: 204 ([AWS-REC] aws-recorded-cases.md A1#4), 404
 * NoSuchConfiguration when the Id is not stored ([AWS-REC analog] C, metrics delete twice). A DELETE
 * without `id` is not recorded on AWS (s3-inventory-facts.md section 10, item 2); this mock answers
 * 400 InvalidArgument naming `id` (a documented choice).
 *
 * @example
 * ```ts
 * const result = await deleteBucketInventoryConfiguration(context); // { status: 204 }
 * ```
 */
export async function deleteBucketInventoryConfiguration(
  context: OperationContext,
): Promise<OperationResult> {
  const bucketName = context.route.bucket ?? "";
  const access = authorizeBucketAccess(context);
  if ("error" in access) return access;
  const id = context.route.input.Id;
  if (id === undefined) {
    return {
      // The model's catalogue: InvalidArgument variant `missingId`, a documented choice.
      error: createS3Error("InvalidArgument", {
        variant: "missingId",
        fields: { ArgumentName: "id", ArgumentValue: "" },
      }),
    };
  }
  if (!context.state.getBucket(bucketName)?.configurations.has(id))
    return { error: createS3Error("NoSuchConfiguration") };
  // Durable first, then applied: a delete the disk refused leaves the configuration in place.
  await context.commit({ type: "deleteConfiguration", bucket: bucketName, id });
  context.state.deleteConfiguration(bucketName, id);
  return { status: 204 };
}
