import { createS3Error } from "@s3-inventory/model";
import { authorizeBucketAccess } from "./authorize-bucket-access.js";
import type { OperationContext, OperationResult } from "./operation-context.js";

/**
 * DeleteBucketInventoryConfiguration: 204 (evidence:delete-answers-204), 404
 * NoSuchConfiguration when the Id is not stored (evidence:delete-unknown-id-404, inferred from sibling APIs). A DELETE
 * without `id` is not recorded on AWS; this mock answers
 * 400 InvalidArgument naming `id` (a documented choice).
 *
 * @internal
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
