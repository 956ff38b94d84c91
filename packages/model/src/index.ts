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
export type { Bucket, ListBucketsOutput, Owner } from "./shapes/list-buckets-output.js";
export type { CreateBucketConfiguration } from "./shapes/create-bucket-configuration.js";
export type {
  CreateBucketRequest,
  DeleteBucketRequest,
  HeadBucketRequest,
  ListBucketsRequest,
  S3OperationInputs,
} from "./shapes/operation-inputs.js";

// The operation table (HTTP bindings, statuses, errors, AWS CLI names of every operation)
export {
  CREATE_BUCKET,
  DELETE_BUCKET,
  DELETE_BUCKET_INVENTORY_CONFIGURATION,
  GET_BUCKET_INVENTORY_CONFIGURATION,
  HEAD_BUCKET,
  LIST_BUCKET_INVENTORY_CONFIGURATIONS,
  LIST_BUCKETS,
  PUT_BUCKET_INVENTORY_CONFIGURATION,
  S3_OPERATIONS,
  type S3HttpBinding,
  type S3Operation,
  type S3OperationMember,
  type S3OperationName,
  type S3OperationTable,
} from "./operations/s3-operations.js";
export {
  boundName,
  type RequestUriParts,
  requestUriParts,
  writesState,
} from "./operations/request-uri.js";

// Enums
export { InventoryFormat } from "./enums/inventory-format.js";
export { InventoryFrequency } from "./enums/inventory-frequency.js";
export { InventoryIncludedObjectVersions } from "./enums/inventory-included-object-versions.js";
export { InventoryOptionalField } from "./enums/inventory-optional-field.js";

// Rules and limits
export {
  ECHOED_VALUE_MAX_LENGTH,
  INVENTORY_ID_MAX_LENGTH,
  INVENTORY_ID_PATTERN,
  LIST_INVENTORY_CONFIGURATIONS_PAGE_SIZE,
  MAX_CLOCK_SKEW_MS,
  MAX_INVENTORY_CONFIGURATIONS_PER_BUCKET,
  MAX_PUT_INVENTORY_CONFIGURATION_BODY_BYTES,
  MAX_PUT_INVENTORY_CONFIGURATION_ELEMENTS,
  MAX_INVENTORY_TEXT_VALUE_BYTES,
  S3_XML_NAMESPACE,
} from "./rules/limits.js";
export { AWS_ACCOUNT_ID_PATTERN, isAwsAccountId } from "./rules/aws-account-id.js";
export {
  DESTINATION_BUCKET_ARN_PARTITIONS,
  DESTINATION_BUCKET_NAME_PATTERN,
} from "./rules/destination-bucket-arn.js";
export {
  type BucketNameCheckOptions,
  type BucketNameRule,
  type BucketNameRuleId,
  type DirectoryBucketName,
  findGeneralPurposeBucketNameViolation,
  GENERAL_PURPOSE_BUCKET_NAME_RULES,
  isDirectoryBucketName,
  isGeneralPurposeBucketName,
  parseDirectoryBucketName,
} from "./rules/bucket-name.js";
export {
  isLocationConstraint,
  isRegionName,
  REGION_NAME_PATTERN,
  regionOfLocationConstraint,
} from "./rules/region-name.js";
export { dnsSuffixOf, s3EndpointUrl } from "./rules/partitions.js";
export { DIRECTORY_BUCKET_OPTIONAL_FIELDS } from "./rules/directory-bucket-optional-fields.js";
export {
  findPutValidationRule,
  PUT_VALIDATION_RULES,
  PUT_VALIDATION_STAGES,
  type PutValidationRule,
  type PutValidationRuleId,
  type PutValidationStage,
  type RuleProvenance,
} from "./rules/put-validation-rules.js";

// Errors
export {
  isCredentialErrorCode,
  S3_ERROR_CATALOGUE,
  type S3ErrorCode,
  type S3ErrorDefinition,
  type S3ErrorProvenance,
} from "./errors/s3-error-catalogue.js";
export {
  type CreateS3ErrorOptions,
  createS3Error,
  type S3ErrorResponse,
} from "./errors/s3-error-response.js";
export { createInvalidBucketOwnerAccountIdError } from "./errors/create-invalid-bucket-owner-account-id-error.js";

// Schema of the documents (drives the codec and the validation)
export {
  INVENTORY_CONFIGURATION_SCHEMA,
  type MemberSchema,
  sdkMemberOrder,
  type StructureSchema,
  type ValueSchema,
} from "./schema/inventory-schema.js";

// HTTP
export { uriEncode } from "./http/uri-encode.js";

// XML
export { DEFAULT_XML_LIMITS, parseXml, type XmlLimits } from "./xml/parse-xml.js";
export type { XmlElement } from "./xml/xml-element.js";
export { XmlParseError, type XmlParseErrorReason } from "./xml/xml-parse-error.js";
export { escapeXmlText } from "./xml/escape-xml-text.js";

// Codecs
export {
  inventoryConfigurationFromXml,
  parseInventoryConfiguration,
  serializeInventoryConfiguration,
  type XmlDocumentStyle,
  type XmlReadOptions,
} from "./codec/inventory-configuration-codec.js";
export {
  parseListInventoryConfigurationsResult,
  serializeListInventoryConfigurationsResult,
} from "./codec/list-inventory-configurations-codec.js";
export {
  type ErrorDocumentReadOptions,
  parseErrorDocument,
  type S3ErrorDocument,
  serializeErrorDocument,
} from "./codec/error-document-codec.js";
export {
  parseListAllMyBucketsResult,
  serializeListAllMyBucketsResult,
} from "./codec/list-all-my-buckets-result-codec.js";
export {
  parseCreateBucketConfiguration,
  serializeCreateBucketConfiguration,
} from "./codec/create-bucket-configuration-codec.js";
export { XmlShapeError } from "./codec/xml-shape-error.js";

// Validation (S3's server-side rules)
export {
  type PutValidationRequest,
  type PutValidationResult,
  validatePutBucketInventoryConfiguration,
} from "./validation/validate-put-bucket-inventory-configuration.js";

// AWS CLI JSON
export { fromCliJson, toCliJson } from "./cli-json/cli-json.js";
export { CliJsonError } from "./cli-json/cli-json-error.js";
