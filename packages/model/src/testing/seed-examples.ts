import type { InventoryConfiguration, InventoryDestination } from "../shapes/inventory-configuration.js";

// The two examples of the AWS CLI reference page for `aws s3api put-bucket-inventory-configuration`
// (evidence:seed-example-1, evidence:seed-example-2), verbatim: the `--bucket`, `--id` and `--inventory-configuration` of each, and the
// configuration that JSON stands for.

/**
 * One example of the AWS CLI reference: the command's arguments and what they mean.
 *
 * @example
 * ```ts
 * const { bucket, id, cliJson } = SEED_EXAMPLE_1; // "amzn-s3-demo-bucket", "1", '{"Destination": …}'
 * ```
 * @public
 */
export interface SeedExample {
  /** The `--bucket` argument. */
  readonly bucket: string;
  /** The `--id` argument. */
  readonly id: string;
  /** The `--inventory-configuration` argument, verbatim. */
  readonly cliJson: string;
  /** The configuration `cliJson` stands for (what `fromCliJson(cliJson)` gives). */
  readonly configuration: InventoryConfiguration;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}

const destination = (format: "CSV" | "ORC"): InventoryDestination => ({
  S3BucketDestination: {
    AccountId: "123456789012",
    Bucket: "arn:aws:s3:::amzn-s3-demo-bucket",
    Format: format,
  },
});

/**
 * Example 1 of the AWS CLI reference: a weekly ORC inventory report for `amzn-s3-demo-bucket`.
 *
 * @example
 * ```ts
 * import { SEED_EXAMPLE_1 } from "@s3-inventory/model/testing";
 *
 * import { fromCliJson } from "@s3-inventory/model";
 * import { expect } from "vitest";
 *
 * expect(fromCliJson(SEED_EXAMPLE_1.cliJson)).toStrictEqual(SEED_EXAMPLE_1.configuration);
 * ```
 * @public
 */
export const SEED_EXAMPLE_1: SeedExample = deepFreeze<SeedExample>({
  bucket: "amzn-s3-demo-bucket",
  id: "1",
  cliJson:
    '{"Destination": { "S3BucketDestination": { "AccountId": "123456789012", "Bucket": "arn:aws:s3:::amzn-s3-demo-bucket", "Format": "ORC" }}, "IsEnabled": true, "Id": "1", "IncludedObjectVersions": "Current", "Schedule": { "Frequency": "Weekly" }}',
  configuration: {
    Destination: destination("ORC"),
    IsEnabled: true,
    Id: "1",
    IncludedObjectVersions: "Current",
    Schedule: { Frequency: "Weekly" },
  },
});

/**
 * Example 2 of the AWS CLI reference: a daily CSV inventory report for `amzn-s3-demo-bucket`.
 *
 * @example
 * ```ts
 * import { SEED_EXAMPLE_2 } from "@s3-inventory/model/testing";
 *
 * import { PutBucketInventoryConfigurationCommand, S3InventoryClient } from "@s3-inventory/client";
 *
 * const client = new S3InventoryClient({ region: "us-east-1" });
 * await client.send(new PutBucketInventoryConfigurationCommand({
 *   Bucket: SEED_EXAMPLE_2.bucket, Id: SEED_EXAMPLE_2.id, InventoryConfiguration: SEED_EXAMPLE_2.configuration,
 * }));
 * ```
 * @public
 */
export const SEED_EXAMPLE_2: SeedExample = deepFreeze<SeedExample>({
  bucket: "amzn-s3-demo-bucket",
  id: "2",
  cliJson:
    '{"Destination": { "S3BucketDestination": { "AccountId": "123456789012", "Bucket": "arn:aws:s3:::amzn-s3-demo-bucket", "Format": "CSV" }}, "IsEnabled": true, "Id": "2", "IncludedObjectVersions": "Current", "Schedule": { "Frequency": "Daily" }}',
  configuration: {
    Destination: destination("CSV"),
    IsEnabled: true,
    Id: "2",
    IncludedObjectVersions: "Current",
    Schedule: { Frequency: "Daily" },
  },
});
