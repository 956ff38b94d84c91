// @s3-inventory/model: the one place that knows what an inventory configuration is.
// The public surface is listed name by name (no `export *`), so every change to it shows in a diff.

// Shapes (named and shaped exactly like @aws-sdk/client-s3's)
export type {
  InventoryConfiguration,
  InventoryDestination,
  InventoryEncryption,
  InventoryFilter,
  InventoryS3BucketDestination,
  InventorySchedule,
  SSEKMS,
  SSES3,
} from "./shapes/inventory-configuration.js";
export type {
  DeleteBucketInventoryConfigurationRequest,
  GetBucketInventoryConfigurationOutput,
  GetBucketInventoryConfigurationRequest,
  ListBucketInventoryConfigurationsOutput,
  ListBucketInventoryConfigurationsRequest,
  PutBucketInventoryConfigurationRequest,
} from "./shapes/operations.js";

// Enums
export { InventoryFormat } from "./enums/inventory-format.js";
export { InventoryFrequency } from "./enums/inventory-frequency.js";
export { InventoryIncludedObjectVersions } from "./enums/inventory-included-object-versions.js";
export { InventoryOptionalField } from "./enums/inventory-optional-field.js";

// Rules and limits
export {
  INVENTORY_ID_MAX_LENGTH,
  INVENTORY_ID_PATTERN,
  LIST_INVENTORY_CONFIGURATIONS_PAGE_SIZE,
  MAX_INVENTORY_CONFIGURATIONS_PER_BUCKET,
  S3_XML_NAMESPACE,
} from "./rules/limits.js";

// Errors
export { S3_ERROR_CATALOGUE, type S3ErrorCode, type S3ErrorDefinition } from "./errors/s3-error-catalogue.js";
export { createS3Error, type S3ErrorResponse } from "./errors/s3-error-response.js";

// Schema of the documents (drives the codec and the validation)
export {
  INVENTORY_CONFIGURATION_SCHEMA,
  type MemberSchema,
  sdkMemberOrder,
  type StructureSchema,
  type ValueSchema,
} from "./schema/inventory-schema.js";

// XML
export { DEFAULT_XML_LIMITS, parseXml, type XmlLimits } from "./xml/parse-xml.js";
export type { XmlElement } from "./xml/xml-element.js";
export { XmlParseError, type XmlParseErrorReason } from "./xml/xml-parse-error.js";

// Codecs
export {
  parseInventoryConfiguration,
  serializeInventoryConfiguration,
  type XmlDocumentStyle,
} from "./codec/inventory-configuration-codec.js";
export {
  parseListInventoryConfigurationsResult,
  serializeListInventoryConfigurationsResult,
} from "./codec/list-inventory-configurations-codec.js";
export {
  parseErrorDocument,
  type S3ErrorDocument,
  serializeErrorDocument,
} from "./codec/error-document-codec.js";

// Validation (S3's server-side rules)
export {
  type PutValidationResult,
  validatePutBucketInventoryConfiguration,
} from "./validation/validate-put-bucket-inventory-configuration.js";

// AWS CLI JSON
export { fromCliJson, toCliJson } from "./cli-json/cli-json.js";
