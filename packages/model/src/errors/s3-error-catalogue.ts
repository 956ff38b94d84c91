/**
 * Where one fact of the catalogue comes from, strongest first:
 * - `recorded`: answered by real AWS to an inventory request (a `recorded` entry of the evidence ledger);
 * - `recorded-analog`: answered by real AWS to a sibling S3 operation (a ledger entry about that API, or a
 *   raw S3 response quoted in a public issue); the same answer for inventory is inferred;
 * - `documented`: the text of AWS's documentation (ErrorResponses list, API reference);
 * - `chosen`: S3's text is not known; this project picked one and says so.
 *
 * @example
 * ```ts
 * const exact = S3_ERROR_CATALOGUE.IdMismatch.messageProvenance === "recorded"; // true
 * ```
 * @public
 */
export type S3ErrorProvenance = "recorded" | "recorded-analog" | "documented" | "chosen";

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
  /** The message S3 sends (the default one when the code has {@link S3ErrorDefinition.variants}). */
  readonly message: string;
  /** How sure the message is: see {@link S3ErrorProvenance}. */
  readonly messageProvenance: S3ErrorProvenance;
  /**
   * Other messages S3 sends under the same code, by a name this project gives them, e.g.
   * `InvalidS3DestinationBucket.variants.namespace`. Each is explained in `source`.
   */
  readonly variants: Readonly<Record<string, string>>;
  /** How sure each of {@link S3ErrorDefinition.variants} is, by the same names. */
  readonly variantProvenance: Readonly<Record<string, S3ErrorProvenance>>;
  /**
   * Extra elements S3 adds to the `<Error>` document for this code, e.g. `BucketName`. A sender fills
   * the ones it knows; none is mandatory in the SDK's parsing.
   */
  readonly extraFields: readonly string[];
  /** Where the facts come from: evidence ledger ids (`evidence:<id>`, in @s3-inventory/fixtures) or a public source. */
  readonly source: string;
  /** True when the code means the request's credentials were refused: see {@link isCredentialErrorCode}. */
  readonly refusesCredentials: boolean;
}

interface DefinitionOptions {
  extraFields?: readonly string[];
  refusesCredentials?: boolean;
  /** Each variant's message and provenance. */
  variants?: Record<string, readonly [message: string, provenance: S3ErrorProvenance]>;
}

function define(
  code: string,
  httpStatus: number,
  message: string,
  messageProvenance: S3ErrorProvenance,
  source: string,
  options: DefinitionOptions = {},
): S3ErrorDefinition {
  return Object.freeze({
    code,
    httpStatus,
    fault: httpStatus >= 500 ? "server" : "client",
    message,
    messageProvenance,
    variants: Object.freeze(mapVariants(options, ([message]) => message)),
    variantProvenance: Object.freeze(mapVariants(options, ([, provenance]) => provenance)),
    extraFields: Object.freeze([...(options.extraFields ?? [])]),
    source,
    refusesCredentials: options.refusesCredentials === true,
  });
}

function mapVariants<T>(
  options: DefinitionOptions,
  pick: (variant: readonly [string, S3ErrorProvenance]) => T,
): Record<string, T> {
  return Object.fromEntries(Object.entries(options.variants ?? {}).map(([name, v]) => [name, pick(v)]));
}

const DOC_ERRORS = "AWS S3 API reference, ErrorResponses (List of error codes; evidence:error-codes)";
const DOC_PUT =
  "S3 API reference, PutBucketInventoryConfiguration (Special Errors; Cause text, wire text not recorded)";

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
  // --- The inventory operations' own answers -------------------------------------------------------
  NoSuchConfiguration: define(
    "NoSuchConfiguration",
    404,
    "The specified configuration does not exist.",
    "recorded",
    "evidence:get-unknown-id-404 (get after delete); delete of a missing Id: evidence:delete-unknown-id-404 (inferred from sibling APIs, e.g. evidence:metrics-delete-twice)",
  ),
  IdMismatch: define(
    "IdMismatch",
    400,
    "Document ID does not match the specified configuration ID.",
    "recorded",
    "evidence:put-id-mismatch-400",
  ),
  InvalidS3DestinationBucket: define(
    "InvalidS3DestinationBucket",
    400,
    "Invalid bucket ARN.",
    "recorded",
    "evidence:put-destination-not-arn-400 (plain bucket name); variant namespace: evidence:put-destination-arn-namespace-400 (status not printed, 400 inferred)",
    { variants: { namespace: ["Bucket ARN should not specify a namespace.", "recorded"] } },
  ),
  MalformedXML: define(
    "MalformedXML",
    400,
    "The XML you provided was not well-formed or did not validate against our published schema",
    "recorded",
    "evidence:put-invalid-format-400 (and the other recorded enum refusals), evidence:put-id-too-long-400, evidence:put-id-with-spaces-400; the raw document with its status: evidence:raw-error-document-recorded",
  ),
  TooManyConfigurations: define(
    "TooManyConfigurations",
    400,
    "You are attempting to create a new configuration but have already reached the 1,000-configuration limit.",
    "documented",
    `${DOC_PUT}; evidence:too-many-configurations-400`,
  ),
  InvalidArgument: define(
    "InvalidArgument",
    400,
    "Invalid Argument",
    "documented",
    `${DOC_PUT} (evidence:invalid-argument-400). Variants, both [CHOICE]s for the inventory operations (S3's ` +
      "answer is not recorded): invalidContinuationToken, a List continuation-token the " +
      "server did not issue, answered as S3 answers ListObjectsV2 (evidence:list-objects-invalid-token-400, " +
      "with ArgumentName continuation-token and no ArgumentValue; aws/aws-sdk-js-v3#1636); missingId, a Get, Put " +
      "or Delete without the `id` query parameter (this project's text). Variants quoting raw S3 <Error> documents: " +
      "unsupportedAuthorizationType, an Authorization header that is neither SigV4 nor SigV2 (ArgumentName Authorization, " +
      "ArgumentValue the header) danialfarid/ng-file-upload#615 (Basic), Einstore/Einstore#152 (Bearer), " +
      "versity/versitygw#1512; invalidContentSha256, an x-amz-content-sha256 that is neither a SHA-256 nor one of " +
      "the listed sentinels (ArgumentName x-amz-content-sha256) versity/versitygw#1352",
    {
      extraFields: ["ArgumentName", "ArgumentValue"],
      variants: {
        invalidContinuationToken: ["The continuation token provided is incorrect", "chosen"],
        missingId: ["Missing required parameter: id", "chosen"],
        unsupportedAuthorizationType: ["Unsupported Authorization Type", "recorded-analog"],
        invalidContentSha256: [
          "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER, STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD, STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD-TRAILER or a valid sha256 value.",
          "recorded-analog",
        ],
      },
    },
  ),
  MissingRequestBodyError: define(
    "MissingRequestBodyError",
    400,
    "Request Body is empty",
    "recorded-analog",
    "evidence:notification-empty-body-400 (PutBucketNotificationConfiguration with an empty body); status 400 from " +
      DOC_ERRORS,
  ),
  MaxMessageLengthExceeded: define(
    "MaxMessageLengthExceeded",
    400,
    "Your request was too big.",
    "documented",
    DOC_ERRORS,
  ),

  // --- Access and ownership ------------------------------------------------------------------------
  AccessDenied: define(
    "AccessDenied",
    403,
    "Access Denied",
    "recorded-analog",
    "evidence:policy-expected-owner-other-403 (bucket policy, ExpectedBucketOwner = other account), applied to inventory as evidence:access-denied-message. " +
      "Variants, raw S3 <Error> documents quoted in public issues: expired (presigned URL past X-Amz-Expires, " +
      "with X-Amz-Expires, Expires, ServerTime) evidence:presigned-expired-403 (aws/aws-sdk-php#1333); notYetValid (X-Amz-Date in the future, with " +
      "X-Amz-Date, Expires, ServerTime) evidence:presigned-not-yet-valid-403 (minio/minio#2638); missingDate (no Date or x-amz-date header) evidence:missing-date-403 (hubrick/vertx-s3-client#5); " +
      "headersNotSigned (an x-amz-* header present but not in SignedHeaders, with HeadersNotSigned listing them " +
      'joined by ", ") soto-project/soto#374 and apache/arrow-rs-object-store#484; x-amz-content-sha256 may stay ' +
      "unsigned (zengularity/benji#309: AWS accepts it, another vendor refused it)",
    {
      variants: {
        expired: ["Request has expired", "recorded-analog"],
        notYetValid: ["Request is not yet valid", "recorded-analog"],
        missingDate: ["AWS authentication requires a valid Date or x-amz-date header", "recorded-analog"],
        headersNotSigned: [
          "There were headers present in the request which were not signed",
          "recorded-analog",
        ],
      },
      extraFields: ["X-Amz-Expires", "X-Amz-Date", "Expires", "ServerTime", "HeadersNotSigned"],
    },
  ),
  InvalidBucketOwnerAWSAccountID: define(
    "InvalidBucketOwnerAWSAccountID",
    400,
    "The value of the expected bucket owner parameter must be an AWS Account ID...",
    "recorded-analog",
    `evidence:policy-expected-owner-invalid-400 (bucket policy, ExpectedBucketOwner = invalid; for inventory evidence:expected-owner-invalid-400); S3 appends " [<value>]": use createInvalidBucketOwnerAccountIdError`,
  ),

  // --- Authentication (SigV4) ----------------------------------------------------------------------
  SignatureDoesNotMatch: define(
    "SignatureDoesNotMatch",
    403,
    "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
    "documented",
    DOC_ERRORS,
    {
      extraFields: ["AWSAccessKeyId", "StringToSign", "SignatureProvided", "CanonicalRequest"],
      refusesCredentials: true,
    },
  ),
  InvalidAccessKeyId: define(
    "InvalidAccessKeyId",
    403,
    "The AWS Access Key Id you provided does not exist in our records.",
    "documented",
    DOC_ERRORS,
    { extraFields: ["AWSAccessKeyId"], refusesCredentials: true },
  ),
  ExpiredToken: define("ExpiredToken", 400, "The provided token has expired.", "documented", DOC_ERRORS, {
    refusesCredentials: true,
  }),
  InvalidToken: define(
    "InvalidToken",
    400,
    "The provided token is malformed or otherwise invalid.",
    "documented",
    DOC_ERRORS,
    { refusesCredentials: true },
  ),
  TokenRefreshRequired: define(
    "TokenRefreshRequired",
    400,
    "The provided token must be refreshed.",
    "documented",
    DOC_ERRORS,
    { refusesCredentials: true },
  ),
  RequestTimeTooSkewed: define(
    "RequestTimeTooSkewed",
    403,
    "The difference between the request time and the current time is too large.",
    "documented",
    DOC_ERRORS,
    { extraFields: ["RequestTime", "ServerTime", "MaxAllowedSkewMilliseconds"] },
  ),
  AuthorizationHeaderMalformed: define(
    "AuthorizationHeaderMalformed",
    400,
    "The authorization header is malformed.",
    "chosen",
    `${DOC_ERRORS} lists the code; S3's text varies with the fault. Variants: credentialDate (the ` +
      "credential scope's date is not X-Amz-Date's day), raw S3 <Error> document quoted in " +
      "ml-archive/storage#68 (2019) and arqbackup/arq_restore#48; hostNotSigned (SigV4 without `host` in " +
      "SignedHeaders): S3's text is not known, this project's choice",
    {
      variants: {
        credentialDate: [
          "The authorization header is malformed; Invalid credential date. Date is not the same as X-Amz-Date.",
          "recorded-analog",
        ],
        hostNotSigned: ["The authorization header is malformed; the host header must be signed.", "chosen"],
      },
    },
  ),
  XAmzContentSHA256Mismatch: define(
    "XAmzContentSHA256Mismatch",
    400,
    "The provided 'x-amz-content-sha256' header does not match what was computed.",
    "recorded-analog",
    "aws/aws-sdk-php#383 (PutObject, S3 message quoted, 2014); code and status from " + DOC_ERRORS,
    { extraFields: ["ClientComputedContentSHA256", "S3ComputedContentSHA256"] },
  ),

  // --- Transport and request shape -----------------------------------------------------------------
  InvalidRequest: define(
    "InvalidRequest",
    400,
    "Invalid Request",
    "chosen",
    `${DOC_ERRORS} lists the code, whose text depends on the fault. Variants, raw S3 <Error> documents quoted ` +
      "in public issues: unsupportedAuthorization (not SigV4) nukulb/s3-angular-file-upload#23; " +
      "missingContentSha256 (SigV4 without x-amz-content-sha256, 400) avi-wish/aws4-signature-php#1, awslabs/aws-sdk-rust#291",
    {
      variants: {
        unsupportedAuthorization: [
          "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.",
          "recorded-analog",
        ],
        missingContentSha256: [
          "Missing required header for this request: x-amz-content-sha256",
          "recorded-analog",
        ],
      },
    },
  ),
  InvalidURI: define("InvalidURI", 400, "Couldn't parse the specified URI.", "documented", DOC_ERRORS),
  RequestTimeout: define(
    "RequestTimeout",
    400,
    "Your socket connection to the server was not read from or written to within the timeout period.",
    "documented",
    DOC_ERRORS,
  ),
  RequestHeaderSectionTooLarge: define(
    "RequestHeaderSectionTooLarge",
    400,
    "Your request header section exceeds the maximum allowed size.",
    "documented",
    DOC_ERRORS,
  ),
  MissingContentLength: define(
    "MissingContentLength",
    411,
    "You must provide the Content-Length HTTP header.",
    "recorded-analog",
    "roeap/object-store-python#23 (PutObject, raw S3 <Error> quoted, 2024); " + DOC_ERRORS,
  ),
  IncompleteBody: define(
    "IncompleteBody",
    400,
    "You did not provide the number of bytes specified by the Content-Length HTTP header.",
    "documented",
    DOC_ERRORS,
  ),
  MethodNotAllowed: define(
    "MethodNotAllowed",
    405,
    "The specified method is not allowed against this resource.",
    "documented",
    DOC_ERRORS,
    { extraFields: ["Method", "ResourceType"] },
  ),
  NotImplemented: define(
    "NotImplemented",
    501,
    "A header you provided implies functionality that is not implemented.",
    "documented",
    `${DOC_ERRORS}; 501 for ExpectedBucketOwner on directory buckets: evidence:expected-bucket-owner-directory-501`,
    { extraFields: ["Header"] },
  ),

  // --- Buckets (the operations a client needs around inventory) -------------------------------------
  NoSuchBucket: define(
    "NoSuchBucket",
    404,
    "The specified bucket does not exist",
    "recorded-analog",
    "evidence:intelligent-tiering-no-such-bucket (intelligent-tiering delete on missing bucket); for inventory: evidence:no-such-bucket-message",
    { extraFields: ["BucketName"] },
  ),
  BucketAlreadyOwnedByYou: define(
    "BucketAlreadyOwnedByYou",
    409,
    "Your previous request to create the named bucket succeeded and you already own it.",
    "documented",
    DOC_ERRORS,
    { extraFields: ["BucketName"] },
  ),
  BucketAlreadyExists: define(
    "BucketAlreadyExists",
    409,
    "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.",
    "documented",
    DOC_ERRORS,
    { extraFields: ["BucketName"] },
  ),
  BucketNotEmpty: define(
    "BucketNotEmpty",
    409,
    "The bucket you tried to delete is not empty",
    "documented",
    DOC_ERRORS,
    { extraFields: ["BucketName"] },
  ),
  InvalidBucketName: define(
    "InvalidBucketName",
    400,
    "The specified bucket is not valid.",
    "documented",
    DOC_ERRORS,
    { extraFields: ["BucketName"] },
  ),
  InvalidLocationConstraint: define(
    "InvalidLocationConstraint",
    400,
    "The specified location constraint is not valid.",
    "documented",
    DOC_ERRORS,
    { extraFields: ["LocationConstraint"] },
  ),

  // --- Server side (5xx: retried by the SDKs) -------------------------------------------------------
  InternalError: define(
    "InternalError",
    500,
    "We encountered an internal error. Please try again.",
    "documented",
    `${DOC_ERRORS}. Variant journalWriteFailed, this project's choice (the same text): the answer of a ` +
      "mock server that could not make a write durable (disk full, I/O error, read-only file system). The " +
      "fault is the server's, not the request's or its rate, and every AWS SDK retries a 500; 503 SlowDown is " +
      "kept for load (the mock's cap on buffered request bytes)",
    { variants: { journalWriteFailed: ["We encountered an internal error. Please try again.", "chosen"] } },
  ),
  SlowDown: define(
    "SlowDown",
    503,
    "Please reduce your request rate.",
    "documented",
    `${DOC_ERRORS}. Also this project's choice for a mock server that already holds its cap of request ` +
      "body bytes across all connections: a load condition S3 asks clients to back off from and retry",
  ),
});

/**
 * The codes of {@link S3_ERROR_CATALOGUE}.
 *
 * @example
 * ```ts
 * const code: S3ErrorCode = "NoSuchConfiguration";
 * ```
 * @public
 */
export type S3ErrorCode = keyof typeof S3_ERROR_CATALOGUE;

/**
 * True for an error code that means the request's credentials were refused (a wrong secret, an unknown
 * key, an expired or invalid session token), as opposed to a refusal of the request itself: a conformance
 * run stops on these before any case runs.
 *
 * @example
 * ```ts
 * isCredentialErrorCode("ExpiredToken"); // true
 * isCredentialErrorCode("AccessDenied"); // false
 * ```
 * @public
 */
export function isCredentialErrorCode(code: string): boolean {
  return (
    Object.hasOwn(S3_ERROR_CATALOGUE, code) && S3_ERROR_CATALOGUE[code as S3ErrorCode].refusesCredentials
  );
}
