// @s3-inventory/client: the four S3 inventory configuration commands on a small Smithy client.
// The public surface is listed name by name (no `export *`), so every change to it shows in a diff.

// Client and configuration
export { S3InventoryClient } from "./s3-inventory-client.js";
export type {
  HttpHandlerSettings,
  S3InventoryClientConfig,
  S3InventoryClientResolvedConfig,
} from "./config/s3-inventory-client-config.js";
export { endpointFromEnvironment } from "./config/endpoint-from-environment.js";
export { CredentialsNotFoundError, fromEnvCredentials } from "./config/from-env-credentials.js";
export type { ServiceInputTypes, ServiceOutputTypes } from "./service-types.js";

// Commands
export {
  DeleteBucketInventoryConfigurationCommand,
  type DeleteBucketInventoryConfigurationCommandInput,
  type DeleteBucketInventoryConfigurationCommandOutput,
} from "./commands/delete-bucket-inventory-configuration-command.js";
export {
  GetBucketInventoryConfigurationCommand,
  type GetBucketInventoryConfigurationCommandInput,
  type GetBucketInventoryConfigurationCommandOutput,
} from "./commands/get-bucket-inventory-configuration-command.js";
export {
  ListBucketInventoryConfigurationsCommand,
  type ListBucketInventoryConfigurationsCommandInput,
  type ListBucketInventoryConfigurationsCommandOutput,
} from "./commands/list-bucket-inventory-configurations-command.js";
export {
  PutBucketInventoryConfigurationCommand,
  type PutBucketInventoryConfigurationCommandInput,
  type PutBucketInventoryConfigurationCommandOutput,
} from "./commands/put-bucket-inventory-configuration-command.js";

// Pagination
export {
  paginateListBucketInventoryConfigurations,
  type S3InventoryPaginationConfiguration,
} from "./pagination/paginate-list-bucket-inventory-configurations.js";

// Errors: the base class, and one class per code of S3_ERROR_CATALOGUE (@s3-inventory/model)
export { S3InventoryServiceException } from "./errors/s3-inventory-service-exception.js";
export { ResponseTooLargeError } from "./errors/response-too-large-error.js";
export { UnexpectedResponseBodyError } from "./errors/unexpected-response-body-error.js";
export type { S3ErrorClass } from "./errors/define-s3-error.js";
export {
  AccessDenied,
  AuthorizationHeaderMalformed,
  BucketAlreadyExists,
  BucketAlreadyOwnedByYou,
  BucketNotEmpty,
  ExpiredToken,
  IdMismatch,
  IncompleteBody,
  InternalError,
  InvalidAccessKeyId,
  InvalidArgument,
  InvalidBucketName,
  InvalidBucketOwnerAWSAccountID,
  InvalidLocationConstraint,
  InvalidRequest,
  InvalidS3DestinationBucket,
  InvalidToken,
  InvalidURI,
  MalformedXML,
  MaxMessageLengthExceeded,
  MethodNotAllowed,
  MissingContentLength,
  MissingRequestBodyError,
  NoSuchBucket,
  NoSuchConfiguration,
  NotImplemented,
  RequestHeaderSectionTooLarge,
  RequestTimeout,
  RequestTimeTooSkewed,
  SignatureDoesNotMatch,
  SlowDown,
  TokenRefreshRequired,
  TooManyConfigurations,
  XAmzContentSHA256Mismatch,
} from "./errors/s3-error-classes.js";

// Shapes and enums, re-exported from @s3-inventory/model so a migration from @aws-sdk/client-s3 changes one import
export {
  InventoryFormat,
  InventoryFrequency,
  InventoryIncludedObjectVersions,
  InventoryOptionalField,
} from "@s3-inventory/model";
export type {
  InventoryConfiguration,
  InventoryDestination,
  InventoryEncryption,
  InventoryFilter,
  InventoryS3BucketDestination,
  InventorySchedule,
  SSEKMS,
  SSES3,
} from "@s3-inventory/model";
