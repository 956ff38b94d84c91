import { InventoryOptionalField } from "../enums/inventory-optional-field.js";

/**
 * The OptionalFields an inventory of a directory bucket (S3 Express One Zone) may list; any other known
 * field is answered with MalformedXML. Source: S3 API reference in botocore's 2026 model
 * (evidence:directory-bucket-optional-fields: "OptionalFields supported for directory buckets are only Size |
 * LastModifiedDate | StorageClass | ETag | IsMultipartUploaded | EncryptionStatus | BucketKeyStatus |
 * ChecksumAlgorithm | LifecycleExpirationDate", an unsupported field "Throws MalformedXML error") [DOC].
 *
 * @example
 * ```ts
 * DIRECTORY_BUCKET_OPTIONAL_FIELDS.includes("ReplicationStatus"); // false
 * ```
 * @public
 */
export const DIRECTORY_BUCKET_OPTIONAL_FIELDS: readonly InventoryOptionalField[] = Object.freeze([
  InventoryOptionalField.Size,
  InventoryOptionalField.LastModifiedDate,
  InventoryOptionalField.StorageClass,
  InventoryOptionalField.ETag,
  InventoryOptionalField.IsMultipartUploaded,
  InventoryOptionalField.EncryptionStatus,
  InventoryOptionalField.BucketKeyStatus,
  InventoryOptionalField.ChecksumAlgorithm,
  InventoryOptionalField.LifecycleExpirationDate,
]);
