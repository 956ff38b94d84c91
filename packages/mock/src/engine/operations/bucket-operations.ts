import {
  createS3Error,
  isLocationConstraint,
  parseCreateBucketConfiguration,
  regionOfLocationConstraint,
  serializeListAllMyBucketsResult,
  XmlParseError,
  XmlShapeError,
} from "@s3-inventory/model";
import { authorizeBucketAccess } from "./authorize-bucket-access.js";
import { bucketNameProblem } from "./bucket-name-problem.js";
import { canonicalUserId } from "./canonical-user-id.js";
import { type OperationContext, type OperationResult, xmlResult } from "./operation-context.js";

/**
 * CreateBucket, with or without a `<CreateBucketConfiguration>` body. The region is its
 * `LocationConstraint`, else the mock's region (real S3 would take us-east-1 and refuse a mismatch with
 * the endpoint's region; a mock has one endpoint, so this is a documented leniency). Bucket names are
 * global: another account's name is 409 BucketAlreadyExists; your own is 409 BucketAlreadyOwnedByYou,
 * except in us-east-1 where S3 answers 200 for legacy compatibility ([DOC] S3 error codes,
 * BucketAlreadyOwnedByYou). Success is 200 with `Location: /{bucket}` ([DOC] CreateBucket).
 *
 * @internal
 */
export async function createBucket(context: OperationContext): Promise<OperationResult> {
  const name = context.route.bucket ?? "";
  // S3's general purpose naming rules are the model's (see bucketNameProblem for the one exception).
  if (bucketNameProblem(name) !== undefined)
    return { error: createS3Error("InvalidBucketName", { fields: { BucketName: name } }) };
  let constraint: string | undefined;
  const body = context.request.body;
  if (body && body.byteLength > 0) {
    try {
      constraint = parseCreateBucketConfiguration(body).LocationConstraint;
    } catch (error) {
      if (error instanceof XmlParseError || error instanceof XmlShapeError)
        return { error: createS3Error("MalformedXML") };
      throw error;
    }
  }
  // [DOC] S3 error codes: InvalidLocationConstraint for a region S3 does not know (the model tests the
  // shape of a region name, so new regions work).
  if (constraint !== undefined && constraint !== "" && !isLocationConstraint(constraint)) {
    return {
      error: createS3Error("InvalidLocationConstraint", {
        echoed: { LocationConstraint: constraint },
      }),
    };
  }
  const region = regionOfLocationConstraint(constraint, context.region);
  const existing = context.state.getBucket(name) ?? context.state.heldBucket(name);
  if (existing) {
    if (existing.owner !== context.accountId) {
      return { error: createS3Error("BucketAlreadyExists", { fields: { BucketName: name } }) };
    }
    if (existing.region !== "us-east-1") {
      return { error: createS3Error("BucketAlreadyOwnedByYou", { fields: { BucketName: name } }) };
    }
    return { status: 200, headers: { location: `/${name}` } };
  }
  const mutation = {
    type: "createBucket",
    bucket: name,
    owner: context.accountId,
    region,
    createdAt: new Date().toISOString(),
  } as const;
  // Durable first, then applied; the name is held meanwhile so a concurrent create sees it taken.
  const hold = context.state.holdBucket(name, context.accountId, region);
  try {
    await context.commit(mutation);
    context.state.apply(mutation);
  } finally {
    hold.release();
  }
  return { status: 200, headers: { location: `/${name}` } };
}

/**
 * HeadBucket: 200 with `x-amz-bucket-region` ([DOC] HeadBucket), or the status of the error with no
 * body, as S3 does for HEAD.
 *
 * @internal
 */
export function headBucket(context: OperationContext): OperationResult {
  const access = authorizeBucketAccess(context);
  if ("error" in access) return access;
  return {
    status: 200,
    headers: { "x-amz-bucket-region": access.bucket.region, "x-amz-access-point-alias": "false" },
  };
}

/**
 * DeleteBucket: 204, and the bucket's inventory configurations go with it. S3 refuses to delete a
 * bucket that holds objects (BucketNotEmpty), not one that holds configurations: they are bucket
 * sub-resources and are deleted with it ([DOC] DeleteBucket: "All objects (including all object
 * versions and delete markers) in the bucket must be deleted"; nothing about configurations).
 *
 * @internal
 */
export async function deleteBucket(context: OperationContext): Promise<OperationResult> {
  const name = context.route.bucket ?? "";
  const access = authorizeBucketAccess(context);
  if ("error" in access) return access;
  await context.commit({ type: "deleteBucket", bucket: name });
  context.state.apply({ type: "deleteBucket", bucket: name });
  return { status: 204 };
}

/**
 * ListBuckets: the caller's buckets only, sorted by name ([DOC] ListBuckets: "all buckets owned by
 * the authenticated sender"). Paging parameters are accepted and ignored: every bucket on one page.
 *
 * @internal
 */
export function listBuckets(context: OperationContext): OperationResult {
  const buckets = context.state.listBuckets().filter((bucket) => bucket.owner === context.accountId);
  return xmlResult(
    serializeListAllMyBucketsResult({
      Owner: { ID: canonicalUserId(context.accountId) },
      Buckets: buckets.map((bucket) => ({
        Name: bucket.name,
        CreationDate: new Date(bucket.createdAt),
        BucketRegion: bucket.region,
      })),
    }),
  );
}
