/**
 * Optional fields of an inventory report: the 19 values that @aws-sdk/client-s3 3.1175.0 knows
 * (evidence:optional-field-values). The set grows over time; like the SDK, this project sends an
 * unknown value through unchanged and leaves the verdict to the server.
 *
 * Note the spelling `ETag`: `Etag` is not a field, and S3 answers it with MalformedXML
 * (aws/aws-sdk-ruby#1577).
 *
 * @example
 * ```ts
 * const fields: InventoryOptionalField[] = [InventoryOptionalField.Size, InventoryOptionalField.ETag];
 * ```
 * @public
 */
export const InventoryOptionalField = {
  BucketKeyStatus: "BucketKeyStatus",
  ChecksumAlgorithm: "ChecksumAlgorithm",
  ETag: "ETag",
  EncryptionStatus: "EncryptionStatus",
  IntelligentTieringAccessTier: "IntelligentTieringAccessTier",
  IntelligentTieringReferenceDate: "IntelligentTieringReferenceDate",
  IsMultipartUploaded: "IsMultipartUploaded",
  LastModifiedDate: "LastModifiedDate",
  LifecycleExpirationDate: "LifecycleExpirationDate",
  ObjectAccessControlList: "ObjectAccessControlList",
  ObjectLockEventHoldDuration: "ObjectLockEventHoldDuration",
  ObjectLockEventHoldStatus: "ObjectLockEventHoldStatus",
  ObjectLockLegalHoldStatus: "ObjectLockLegalHoldStatus",
  ObjectLockMode: "ObjectLockMode",
  ObjectLockRetainUntilDate: "ObjectLockRetainUntilDate",
  ObjectOwner: "ObjectOwner",
  ReplicationStatus: "ReplicationStatus",
  Size: "Size",
  StorageClass: "StorageClass",
} as const;

/** @public */
export type InventoryOptionalField = (typeof InventoryOptionalField)[keyof typeof InventoryOptionalField];
