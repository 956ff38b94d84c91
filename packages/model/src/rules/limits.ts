/**
 * Most inventory configurations one bucket may hold; a new Id beyond it is answered with
 * TooManyConfigurations, an overwrite of an existing Id is not. Source: S3 API reference,
 * PutBucketInventoryConfiguration ("up to 1,000 inventory configurations per bucket").
 *
 * @example
 * ```ts
 * declare const stored: Map<string, InventoryConfiguration>, id: string, reject: () => void;
 * if (stored.size >= MAX_INVENTORY_CONFIGURATIONS_PER_BUCKET && !stored.has(id)) reject();
 * ```
 * @public
 */
export const MAX_INVENTORY_CONFIGURATIONS_PER_BUCKET = 1000;

/**
 * Most configurations in one ListBucketInventoryConfigurations page. Source: S3 API reference,
 * ListBucketInventoryConfigurations ("does not return more than 100 configurations at a time");
 * the 100/2 split of 102 items is recorded for the sibling metrics API (evidence:metrics-list-pagination-102).
 *
 * @example
 * ```ts
 * declare const sorted: InventoryConfiguration[], start: number;
 * const page = sorted.slice(start, start + LIST_INVENTORY_CONFIGURATIONS_PAGE_SIZE);
 * ```
 * @public
 */
export const LIST_INVENTORY_CONFIGURATIONS_PAGE_SIZE = 100;

/**
 * Longest inventory Id S3 accepts: 64 characters pass, 65 give MalformedXML. Inferred from
 * aws/aws-cdk#27793 and PR #27794 (ids over 64 failed; AWS documents no limit): see
 * evidence:id-max-length-64. This is the project's one documented choice until recorded.
 *
 * @example
 * ```ts
 * declare const id: string;
 * const ok = id.length <= INVENTORY_ID_MAX_LENGTH;
 * ```
 * @public
 */
export const INVENTORY_ID_MAX_LENGTH = 64;

/**
 * Characters S3 accepts in an inventory Id: one or more of `a-z A-Z 0-9 - _ .`; the length is
 * {@link INVENTORY_ID_MAX_LENGTH}'s concern. Sources: S3 API reference (RESTBucketGETInventoryConfig,
 * "Valid Characters for id"), the S3 console's message quoted in aws-cloudformation/cfn-lint#1550 (an Id
 * with spaces answered MalformedXML, evidence:put-id-with-spaces-400). An empty Id is not recorded: the `+`
 * rejects it, a [CHOICE] (S3 answers the empty Id with MalformedXML in this project).
 *
 * @example
 * ```ts
 * INVENTORY_ID_PATTERN.test("report-1.v2_daily"); // true
 * INVENTORY_ID_PATTERN.test("my daily inventory"); // false
 * ```
 * @public
 */
export const INVENTORY_ID_PATTERN = /^[A-Za-z0-9._-]+$/;

/**
 * Largest PutBucketInventoryConfiguration body accepted, in bytes (1 MiB); a larger one is answered
 * with `MaxMessageLengthExceeded` before it is parsed. S3's real limit for this operation is not
 * recorded: this is a [CHOICE], about 200 times the largest valid configuration (19 optional fields,
 * a 1,024-byte prefix, a KMS key ARN: under 5 KB), small enough that a server can stop reading early.
 *
 * @example
 * ```ts
 * declare const contentLength: number, answer: (error: S3ErrorResponse) => void;
 * if (contentLength > MAX_PUT_INVENTORY_CONFIGURATION_BODY_BYTES) answer(createS3Error("MaxMessageLengthExceeded"));
 * ```
 * @public
 */
export const MAX_PUT_INVENTORY_CONFIGURATION_BODY_BYTES = 1024 * 1024;

/**
 * Most XML elements a PutBucketInventoryConfiguration body may hold (256); more is MalformedXML
 * (rule `xml-not-well-formed`, "too many elements"), found while parsing, so a 1 MiB body of tens of
 * thousands of `<Field>`s is refused after its 257th element instead of parsed whole. S3's rule for
 * duplicate or thousands of OptionalFields is not known: this is a [CHOICE]. Duplicates are kept as
 * sent; a complete configuration with every one of the 19 fields once is about 45 elements. With it,
 * a List page (100 configurations) holds at most 25,600 configuration elements, well inside the
 * reader's default `maxElements` (100,000) that `@s3-inventory/client` lists with, so every
 * configuration the mock stores can be listed by element count.
 *
 * @example
 * ```ts
 * declare const body: string;
 * parseXml(body, { maxBytes: MAX_PUT_INVENTORY_CONFIGURATION_BODY_BYTES, maxElements: MAX_PUT_INVENTORY_CONFIGURATION_ELEMENTS });
 * ```
 * @public
 */
export const MAX_PUT_INVENTORY_CONFIGURATION_ELEMENTS = 256;

/**
 * Largest difference S3 allows between a signed request's time and its own clock, in milliseconds
 * (15 minutes); a request further off is answered with 403 `RequestTimeTooSkewed`, whose
 * `MaxAllowedSkewMilliseconds` field carries this value. Source: S3 docs, error codes list,
 * RequestTimeTooSkewed ("The difference between the request time and the server's time is too
 * large."), and S3 API reference, "Authenticating Requests (AWS Signature Version 4)" (15 minutes).
 *
 * @example
 * ```ts
 * declare const serverNow: number, requestTime: number;
 * const skewed = Math.abs(serverNow - requestTime) > MAX_CLOCK_SKEW_MS; // 900000
 * ```
 * @public
 */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

/**
 * The namespace of every S3 XML document (S3 service model, `smithy.api#xmlNamespace`).
 *
 * @example
 * ```ts
 * declare const xmlns: string | undefined;
 * const accepted = xmlns === undefined || xmlns === S3_XML_NAMESPACE;
 * ```
 * @public
 */
export const S3_XML_NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

/**
 * Longest caller-supplied value an error answer echoes back (e.g. the bracketed value of
 * InvalidBucketOwnerAWSAccountID, the LocationConstraint of InvalidLocationConstraint); longer values are
 * cut. S3's own limit is not known: this project's choice, so that an error document stays small whatever
 * a caller sends.
 *
 * @example
 * ```ts
 * createInvalidBucketOwnerAccountIdError("x".repeat(1000)).message.endsWith(`[${"x".repeat(ECHOED_VALUE_MAX_LENGTH)}]`); // true
 * ```
 * @public
 */
export const ECHOED_VALUE_MAX_LENGTH = 64;
