import {
  createS3Error,
  LIST_INVENTORY_CONFIGURATIONS_PAGE_SIZE,
  serializeListInventoryConfigurationsResult,
} from "@s3-inventory/model";
import { decodeContinuationToken, encodeContinuationToken } from "../state/continuation-token.js";
import { authorizeBucketAccess } from "./authorize-bucket-access.js";
import { type OperationContext, type OperationResult, xmlResult } from "./operation-context.js";

/**
 * ListBucketInventoryConfigurations: configurations sorted by Id in byte order (evidence:list-sorted-by-id),
 * at most 100 per page with `IsTruncated` and `NextContinuationToken`, the
 * request's `ContinuationToken` echoed (evidence:list-page-size-100, evidence:list-continuation-token-echo; pages of exactly 100: evidence:list-pages-hold-100), and no
 * `<InventoryConfiguration>` at all for an empty bucket (evidence:list-after-last-delete-is-empty). The document is written by the
 * model's codec.
 *
 * A token this mock did not issue is not recorded on AWS;
 * it gets 400 InvalidArgument "The continuation token provided is incorrect" naming
 * `continuation-token`, which is S3's answer for ListObjectsV2 (a documented analog).
 *
 * @internal
 */
export function listBucketInventoryConfigurations(context: OperationContext): OperationResult {
  const access = authorizeBucketAccess(context);
  if ("error" in access) return access;
  const token = context.route.input.ContinuationToken;
  const afterId = token === undefined ? undefined : decodeContinuationToken(token);
  if (token !== undefined && afterId === undefined) {
    return {
      // The model's catalogue: InvalidArgument variant `invalidContinuationToken`, as S3 answers
      // ListObjectsV2 (ArgumentName and no ArgumentValue, versity/versitygw#993).
      error: createS3Error("InvalidArgument", {
        variant: "invalidContinuationToken",
        fields: { ArgumentName: "continuation-token" },
      }),
    };
  }
  const page = context.state.listConfigurations(
    access.bucket,
    afterId,
    LIST_INVENTORY_CONFIGURATIONS_PAGE_SIZE,
  );
  const xml = serializeListInventoryConfigurationsResult({
    ContinuationToken: token,
    InventoryConfigurationList:
      page.items.length > 0 ? page.items.map((item) => item.configuration) : undefined,
    IsTruncated: page.truncated,
    NextContinuationToken:
      page.truncated && page.lastId !== undefined ? encodeContinuationToken(page.lastId) : undefined,
  });
  return xmlResult(xml);
}
