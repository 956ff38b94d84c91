import {
  createS3Error,
  isDirectoryBucketName,
  MAX_INVENTORY_CONFIGURATIONS_PER_BUCKET,
  validatePutBucketInventoryConfiguration,
} from "@s3-inventory/model";
import type { PutOutcome } from "../state/mock-state.js";
import { authorizeBucketAccess } from "./authorize-bucket-access.js";
import type { OperationContext, OperationResult } from "./operation-context.js";

/**
 * PutBucketInventoryConfiguration: validated by the model (every S3 rule about the document lives
 * there), stored in place of an existing Id, refused with TooManyConfigurations for a new Id once the
 * bucket holds 1,000 (evidence:too-many-configurations-400; overwrite at the limit allowed,
 * evidence:overwrite-at-limit-accepted). Answers 204 with no body, as recorded (evidence:put-answers-204), only once
 * the change is durable.
 *
 * The limit check and the insertion are one synchronous step of the state, so concurrent Puts can
 * never store more than 1,000.
 *
 * @internal
 */
export async function putBucketInventoryConfiguration(context: OperationContext): Promise<OperationResult> {
  const bucketName = context.route.bucket ?? "";
  const access = authorizeBucketAccess(context);
  if ("error" in access) return access;
  const verdict = validatePutBucketInventoryConfiguration({
    id: context.route.input.Id,
    body: context.request.body,
    // Directory buckets (S3 Express One Zone, `name--zone--x-s3`) allow fewer OptionalFields; both
    // rules are the model's.
    directoryBucket: isDirectoryBucketName(bucketName),
  });
  if (!verdict.ok) return { error: verdict.error };
  const id = context.route.input.Id ?? verdict.configuration.Id ?? "";
  const hold = context.state.holdPut(bucketName, id, MAX_INVENTORY_CONFIGURATIONS_PER_BUCKET);
  if (hold === "limit-reached") return { error: createS3Error("TooManyConfigurations") };
  if (hold === "no-bucket")
    return { error: createS3Error("NoSuchBucket", { fields: { BucketName: bucketName } }) };
  // Durable first, then applied: a write the disk refused never shows in memory.
  let outcome: PutOutcome;
  try {
    await context.commit({
      type: "putConfiguration",
      bucket: bucketName,
      id,
      configuration: verdict.configuration,
    });
    outcome = context.state.putConfiguration(bucketName, id, verdict.configuration, Number.POSITIVE_INFINITY);
  } finally {
    hold.release();
  }
  // The bucket was deleted while this Put was being made durable; a replay drops the Put too.
  if (outcome === "no-bucket")
    return { error: createS3Error("NoSuchBucket", { fields: { BucketName: bucketName } }) };
  return { status: 204 };
}
