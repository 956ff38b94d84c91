import type { InventoryFormat } from "../enums/inventory-format.js";
import type { InventoryFrequency } from "../enums/inventory-frequency.js";
import type { InventoryIncludedObjectVersions } from "../enums/inventory-included-object-versions.js";
import type { InventoryOptionalField } from "../enums/inventory-optional-field.js";

// Every shape here is named and shaped exactly like @aws-sdk/client-s3 3.1175.0
// (dist-types/models/models_0.d.ts), members in S3's model order, so values pass between the
// SDK and this project without conversion. `| undefined` on required members is the SDK's
// convention too: the type allows what a user may write, validation says what S3 accepts.

/**
 * Server-side encryption with Amazon S3 managed keys for the inventory report (`<SSE-S3/>` on the wire).
 *
 * @example
 * ```ts
 * const encryption: InventoryEncryption = { SSES3: {} };
 * ```
 * @public
 */
// biome-ignore lint/complexity/noBannedTypes: the SDK models SSE-S3 as an empty structure.
export type SSES3 = {};

/**
 * Server-side encryption with an AWS KMS key for the inventory report (`<SSE-KMS>` on the wire).
 *
 * @example
 * ```ts
 * const encryption: InventoryEncryption = { SSEKMS: { KeyId: "arn:aws:kms:us-east-1:123456789012:key/abcd" } };
 * ```
 * @public
 */
export interface SSEKMS {
  /** The ARN of the KMS key. Sensitive: never logged by this project. */
  KeyId: string | undefined;
}

/**
 * How the inventory report is encrypted. The model allows both members; S3's answer to both at once
 * is not recorded (evidence:encryption-members).
 *
 * @example
 * ```ts
 * const encryption: InventoryEncryption = { SSES3: {} };
 * ```
 * @public
 */
export interface InventoryEncryption {
  SSES3?: SSES3 | undefined;
  SSEKMS?: SSEKMS | undefined;
}

/**
 * Where the inventory report is written.
 *
 * @example
 * ```ts
 * const destination: InventoryS3BucketDestination = {
 *   Bucket: "arn:aws:s3:::amzn-s3-demo-bucket",
 *   Format: "CSV",
 *   AccountId: "123456789012",
 * };
 * ```
 * @public
 */
export interface InventoryS3BucketDestination {
  AccountId?: string | undefined;
  /** The destination bucket as an ARN, `arn:aws:s3:::name`: a plain name is rejected by S3. */
  Bucket: string | undefined;
  Format: InventoryFormat | undefined;
  Prefix?: string | undefined;
  Encryption?: InventoryEncryption | undefined;
}

/**
 * The `Destination` element of an inventory configuration.
 *
 * @example
 * ```ts
 * const destination: InventoryDestination = {
 *   S3BucketDestination: { Bucket: "arn:aws:s3:::amzn-s3-demo-bucket", Format: "ORC" },
 * };
 * ```
 * @public
 */
export interface InventoryDestination {
  S3BucketDestination: InventoryS3BucketDestination | undefined;
}

/**
 * Limits the inventory to objects whose key starts with `Prefix`.
 *
 * @example
 * ```ts
 * const filter: InventoryFilter = { Prefix: "logs/" };
 * ```
 * @public
 */
export interface InventoryFilter {
  Prefix: string | undefined;
}

/**
 * How often the inventory report is produced.
 *
 * @example
 * ```ts
 * const schedule: InventorySchedule = { Frequency: "Weekly" };
 * ```
 * @public
 */
export interface InventorySchedule {
  Frequency: InventoryFrequency | undefined;
}

/**
 * One inventory configuration of a bucket: the body of PutBucketInventoryConfiguration and of
 * GetBucketInventoryConfiguration's answer.
 *
 * @example
 * ```ts
 * // The seed's example 1 (AWS CLI reference, put-bucket-inventory-configuration).
 * const configuration: InventoryConfiguration = {
 *   Destination: {
 *     S3BucketDestination: { AccountId: "123456789012", Bucket: "arn:aws:s3:::amzn-s3-demo-bucket", Format: "ORC" },
 *   },
 *   IsEnabled: true,
 *   Id: "1",
 *   IncludedObjectVersions: "Current",
 *   Schedule: { Frequency: "Weekly" },
 * };
 * ```
 * @public
 */
export interface InventoryConfiguration {
  Destination: InventoryDestination | undefined;
  IsEnabled: boolean | undefined;
  Filter?: InventoryFilter | undefined;
  Id: string | undefined;
  IncludedObjectVersions: InventoryIncludedObjectVersions | undefined;
  OptionalFields?: InventoryOptionalField[] | undefined;
  Schedule: InventorySchedule | undefined;
}
