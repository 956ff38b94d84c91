/**
 * What this project knows about one S3 error code: the HTTP status S3 answers with, the exact message
 * where it is known, and where that knowledge comes from.
 *
 * @example
 * ```ts
 * const { httpStatus, message } = S3_ERROR_CATALOGUE.NoSuchConfiguration; // 404, "The specified configuration does not exist."
 * ```
 * @public
 */
export interface S3ErrorDefinition {
  readonly code: string;
  readonly httpStatus: number;
  /** `client` for 4xx, `server` for 5xx, as in the SDK's `$fault`. */
  readonly fault: "client" | "server";
  /** The message S3 sends. */
  readonly message: string;
  /**
   * `recorded` when the message was recorded from real AWS (exact), `documented` when it is the text of
   * AWS's error documentation, `chosen` when S3's text is not known and this project picked one.
   */
  readonly messageProvenance: "recorded" | "documented" | "chosen";
  /** Extra elements S3 adds to the `<Error>` document for this code, e.g. `BucketName`. */
  readonly extraFields: readonly string[];
  /** Where the facts come from (a file and section of shared/reference, or a public source). */
  readonly source: string;
}

function define(
  code: string,
  httpStatus: number,
  message: string,
  messageProvenance: S3ErrorDefinition["messageProvenance"],
  source: string,
  extraFields: readonly string[] = [],
): S3ErrorDefinition {
  return Object.freeze({
    code,
    httpStatus,
    fault: httpStatus >= 500 ? "server" : "client",
    message,
    messageProvenance,
    extraFields,
    source,
  });
}

const REC = "aws-recorded-cases.md";
const DOC_ERRORS = "AWS S3 API reference, ErrorResponses (List of error codes)";

/**
 * Every S3 error the four inventory operations (and the bucket operations around them) can answer.
 * Used by @s3-inventory/mock to answer and by @s3-inventory/client to type its exceptions.
 *
 * @example
 * ```ts
 * for (const definition of Object.values(S3_ERROR_CATALOGUE)) console.log(definition.code, definition.httpStatus);
 * ```
 * @public
 */
export const S3_ERROR_CATALOGUE = Object.freeze({
  NoSuchConfiguration: define(
    "NoSuchConfiguration",
    404,
    "The specified configuration does not exist.",
    "recorded",
    `${REC} A1#6`,
  ),
  NoSuchBucket: define(
    "NoSuchBucket",
    404,
    "The specified bucket does not exist",
    "recorded",
    `${REC} C (intelligent-tiering delete on missing bucket)`,
    ["BucketName"],
  ),
  IdMismatch: define(
    "IdMismatch",
    400,
    "Document ID does not match the specified configuration ID.",
    "recorded",
    `${REC} A2#1`,
  ),
  InvalidS3DestinationBucket: define(
    "InvalidS3DestinationBucket",
    400,
    "Invalid bucket ARN.",
    "recorded",
    `${REC} A2#2; aws/aws-cli#3611 for the namespace message`,
  ),
  MalformedXML: define(
    "MalformedXML",
    400,
    "The XML you provided was not well-formed or did not validate against our published schema",
    "recorded",
    `${REC} A2#3-6`,
  ),
  TooManyConfigurations: define(
    "TooManyConfigurations",
    400,
    "You are attempting to create a new configuration but have already reached the 1,000-configuration limit.",
    "documented",
    "S3 API reference, PutBucketInventoryConfiguration (Special Errors); s3-inventory-facts.md section 7",
  ),
  InvalidArgument: define(
    "InvalidArgument",
    400,
    "Invalid Argument",
    "documented",
    "S3 API reference, PutBucketInventoryConfiguration (Special Errors)",
    ["ArgumentName", "ArgumentValue"],
  ),
  AccessDenied: define(
    "AccessDenied",
    403,
    "Access Denied",
    "recorded",
    `${REC} C (bucket policy, ExpectedBucketOwner = other account)`,
  ),
  InvalidBucketOwnerAWSAccountID: define(
    "InvalidBucketOwnerAWSAccountID",
    400,
    "The value of the expected bucket owner parameter must be an AWS Account ID...",
    "recorded",
    `${REC} C (ExpectedBucketOwner = invalid); S3 appends " [value]"`,
  ),
  SignatureDoesNotMatch: define(
    "SignatureDoesNotMatch",
    403,
    "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
    "documented",
    DOC_ERRORS,
  ),
  InvalidAccessKeyId: define(
    "InvalidAccessKeyId",
    403,
    "The AWS Access Key Id you provided does not exist in our records.",
    "documented",
    DOC_ERRORS,
    ["AWSAccessKeyId"],
  ),
  RequestTimeTooSkewed: define(
    "RequestTimeTooSkewed",
    403,
    "The difference between the request time and the current time is too large.",
    "documented",
    DOC_ERRORS,
    ["RequestTime", "ServerTime", "MaxAllowedSkewMilliseconds"],
  ),
  NotImplemented: define(
    "NotImplemented",
    501,
    "A header you provided implies functionality that is not implemented.",
    "documented",
    DOC_ERRORS,
  ),
  MaxMessageLengthExceeded: define(
    "MaxMessageLengthExceeded",
    400,
    "Your request was too big.",
    "documented",
    DOC_ERRORS,
  ),
  InternalError: define(
    "InternalError",
    500,
    "We encountered an internal error. Please try again.",
    "documented",
    DOC_ERRORS,
  ),
  SlowDown: define("SlowDown", 503, "Please reduce your request rate.", "documented", DOC_ERRORS),
  BucketAlreadyOwnedByYou: define(
    "BucketAlreadyOwnedByYou",
    409,
    "Your previous request to create the named bucket succeeded and you already own it.",
    "documented",
    DOC_ERRORS,
    ["BucketName"],
  ),
  BucketAlreadyExists: define(
    "BucketAlreadyExists",
    409,
    "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.",
    "documented",
    DOC_ERRORS,
    ["BucketName"],
  ),
  InvalidBucketName: define(
    "InvalidBucketName",
    400,
    "The specified bucket is not valid.",
    "documented",
    DOC_ERRORS,
    ["BucketName"],
  ),
  MethodNotAllowed: define(
    "MethodNotAllowed",
    405,
    "The specified method is not allowed against this resource.",
    "documented",
    DOC_ERRORS,
    ["Method", "ResourceType"],
  ),
  InvalidRequest: define("InvalidRequest", 400, "Invalid Request", "chosen", DOC_ERRORS),
  AuthorizationHeaderMalformed: define(
    "AuthorizationHeaderMalformed",
    400,
    "The authorization header is malformed.",
    "chosen",
    DOC_ERRORS,
  ),
  InvalidURI: define("InvalidURI", 400, "Couldn't parse the specified URI.", "documented", DOC_ERRORS),
  RequestHeaderSectionTooLarge: define(
    "RequestHeaderSectionTooLarge",
    400,
    "Your request header section exceeds the maximum allowed size.",
    "documented",
    DOC_ERRORS,
  ),
});

/**
 * The codes of {@link S3_ERROR_CATALOGUE}.
 * @public
 */
export type S3ErrorCode = keyof typeof S3_ERROR_CATALOGUE;
