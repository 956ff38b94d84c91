import {
  DESTINATION_BUCKET_ARN_PARTITIONS,
  DESTINATION_BUCKET_NAME_PATTERN,
} from "../rules/destination-bucket-arn.js";
import type { PutValidationRuleId } from "../rules/put-validation-rules.js";

/**
 * Stage `destination` of S3's Put validation: `Destination/S3BucketDestination/Bucket` must be
 * `arn:<partition>:s3:::<bucket>`. Checked in this order, the first failure deciding the message:
 * 1. an ARN at all, `arn:` and six `:`-separated parts (recorded: evidence:put-destination-not-arn-400, plain
 *    name → "Invalid bucket ARN.");
 * 2. partition aws, aws-cn or aws-us-gov ([CHOICE]) and service `s3` ([INFERRED]) → "Invalid bucket ARN.";
 * 3. no region and no account (recorded: evidence:put-destination-arn-namespace-400, account →
 *    "Bucket ARN should not specify a namespace."; the region giving the same answer is [INFERRED]);
 * 4. the resource is a bucket name ([INFERRED]) → "Invalid bucket ARN.".
 * Putting the namespace check before the resource check is [INFERRED]: a generic ARN parser finds
 * the namespace before looking at the resource.
 *
 * @internal
 */
export function findDestinationBucketArnViolation(bucket: string): PutValidationRuleId | undefined {
  const parts = bucket.split(":");
  if (parts.length !== 6 || parts[0] !== "arn") return "destination-not-arn";
  const [, partition = "", service, region, account, resource = ""] = parts;
  if (!DESTINATION_BUCKET_ARN_PARTITIONS.includes(partition)) return "destination-partition";
  if (service !== "s3") return "destination-service";
  if (region !== "" || account !== "") return "destination-namespace";
  if (!DESTINATION_BUCKET_NAME_PATTERN.test(resource)) return "destination-bucket-name";
  return undefined;
}
