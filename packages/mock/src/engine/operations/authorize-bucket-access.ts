import {
  createInvalidBucketOwnerAccountIdError,
  createS3Error,
  isAwsAccountId,
  type S3ErrorResponse,
} from "@s3-inventory/model";
import type { BucketRecord } from "../state/mock-state.js";
import type { OperationContext } from "./operation-context.js";

/**
 * The checks every operation on an existing bucket makes, in this order (a documented choice; S3's
 * order between them is not recorded):
 * 1. `x-amz-expected-bucket-owner` not an account id: 400 InvalidBucketOwnerAWSAccountID, message
 *    ending in ` [value]` (evidence:expected-owner-invalid-400, from the bucket-policy recording);
 * 2. no such bucket: 404 NoSuchBucket with `BucketName` (evidence:no-such-bucket-message, from the intelligent-tiering recording);
 * 3. bucket of another account: 403 AccessDenied ([DOC] PutBucketInventoryConfiguration permissions:
 *    only the owner, or whom a policy allows, and this mock has no bucket policies);
 * 4. expected owner is not the bucket's owner: 403 AccessDenied ([DOC] model text of the header;
 *    [AWS-REC analog] C, bucket policy with another account id).
 *
 * @internal
 */
export function authorizeBucketAccess(
  context: OperationContext,
): { bucket: BucketRecord } | { error: S3ErrorResponse } {
  const bucketName = context.route.bucket ?? "";
  const expectedOwner = context.request.headers["x-amz-expected-bucket-owner"];
  if (expectedOwner !== undefined && !isAwsAccountId(expectedOwner)) {
    return { error: createInvalidBucketOwnerAccountIdError(expectedOwner) };
  }
  const bucket = context.state.getBucket(bucketName);
  if (!bucket) return { error: createS3Error("NoSuchBucket", { fields: { BucketName: bucketName } }) };
  if (bucket.owner !== context.accountId) return { error: createS3Error("AccessDenied") };
  if (expectedOwner !== undefined && expectedOwner !== bucket.owner)
    return { error: createS3Error("AccessDenied") };
  return { bucket };
}
