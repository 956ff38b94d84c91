// S3's server-side rules for a PutBucketInventoryConfiguration request, as data: the validation in
// src/validation applies them, and the fixtures, the conformance runner and the docs read this table.
// Every row says where the rule comes from and how sure it is.

/**
 * The stages of S3's validation of a Put, in the order S3 applies them: the first stage a request
 * breaks decides the answer. Order source: LocalStack validation.py ("XML then Id then
 * S3DestinationBucket") [INFERRED: not confirmed on AWS with a request breaking two rules,
 * evidence:validation-order-schema-first, evidence:validation-order-id-before-destination]; a body that cannot be read comes first because
 * nothing else can be checked without it.
 *
 * @example
 * ```ts
 * PUT_VALIDATION_STAGES.map((s) => s.stage); // ["body", "schema", "id-match", "destination"]
 * ```
 * @public
 */
export const PUT_VALIDATION_STAGES = Object.freeze([
  Object.freeze({
    stage: "body",
    codes: ["MissingRequestBodyError", "MaxMessageLengthExceeded", "MalformedXML"],
    description: "The body is there, not too large, and is well-formed XML.",
  }),
  Object.freeze({
    stage: "schema",
    codes: ["MalformedXML"],
    description: "The document validates against S3's schema: elements, required members, values.",
  }),
  Object.freeze({
    stage: "id-match",
    codes: ["IdMismatch"],
    description: "The body's Id equals the query's id.",
  }),
  Object.freeze({
    stage: "destination",
    codes: ["InvalidS3DestinationBucket"],
    description: "The destination bucket is an S3 bucket ARN without a namespace.",
  }),
] as const);

/**
 * One stage of {@link PUT_VALIDATION_STAGES}.
 *
 * @example
 * ```ts
 * const stage: PutValidationStage = findPutValidationRule("id-mismatch").stage; // "id-match"
 * ```
 * @public
 */
export type PutValidationStage = (typeof PUT_VALIDATION_STAGES)[number]["stage"];

/**
 * How sure a rule is: `recorded` (real AWS answered this inventory case), `recorded-analog` (real AWS
 * answered it for a sibling operation), `documented` (AWS documentation), `inferred` (concluded from
 * the above, not seen), `choice` (S3's behaviour is unknown; this project decided).
 *
 * @example
 * ```ts
 * const guesses = PUT_VALIDATION_RULES.filter((r) => r.provenance === "choice" || r.provenance === "inferred");
 * ```
 * @public
 */
export type RuleProvenance = "recorded" | "recorded-analog" | "documented" | "inferred" | "choice";

/**
 * One of S3's rules for a Put body, as a row of {@link PUT_VALIDATION_RULES}.
 *
 * @example
 * ```ts
 * const rule: PutValidationRule = findPutValidationRule("destination-namespace");
 * rule.code; // "InvalidS3DestinationBucket"
 * rule.variant; // "namespace"
 * ```
 * @public
 */
export interface PutValidationRule {
  /** Stable id, reported by the validation with each refusal. */
  readonly id: string;
  readonly stage: PutValidationStage;
  /** The S3 error code that answers a request breaking the rule. */
  readonly code:
    | "MalformedXML"
    | "MissingRequestBodyError"
    | "MaxMessageLengthExceeded"
    | "IdMismatch"
    | "InvalidS3DestinationBucket";
  /** The message variant of the code (see the error catalogue), when not the code's default message. */
  readonly variant?: string;
  readonly description: string;
  /** Where the rule comes from: a recorded case id, a document, or the reasoning behind a choice. */
  readonly source: string;
  readonly provenance: RuleProvenance;
}

function rule<const Id extends string>(
  id: Id,
  stage: PutValidationStage,
  code: PutValidationRule["code"],
  provenance: RuleProvenance,
  description: string,
  source: string,
  variant?: string,
): PutValidationRule & { readonly id: Id } {
  return Object.freeze(
    variant === undefined
      ? { id, stage, code, description, source, provenance }
      : { id, stage, code, variant, description, source, provenance },
  );
}

/**
 * Every rule S3 applies to a PutBucketInventoryConfiguration request, in validation order (stage by
 * stage; inside a stage all rules give the same answer, so their order there does not matter).
 *
 * @example
 * ```ts
 * const recorded = PUT_VALIDATION_RULES.filter((r) => r.provenance === "recorded").map((r) => r.id);
 * ```
 * @public
 */
export const PUT_VALIDATION_RULES = Object.freeze([
  // --- body -----------------------------------------------------------------------------------------
  rule(
    "body-missing",
    "body",
    "MissingRequestBodyError",
    "choice",
    "No body, or a body of zero bytes, is answered 400 MissingRequestBodyError 'Request Body is empty'.",
    "Not recorded for inventory (@aws-sdk/client-s3 sends no body when InventoryConfiguration is missing, as the sdk-oracle test pins). " +
      "Chosen from the analog evidence:notification-empty-body-400: S3 answered an empty PutBucketNotificationConfiguration body so. " +
      "A body of only whitespace is not empty: it is not XML (xml-not-well-formed).",
  ),
  rule(
    "body-too-large",
    "body",
    "MaxMessageLengthExceeded",
    "choice",
    "A body over MAX_PUT_INVENTORY_CONFIGURATION_BODY_BYTES (1 MiB) is answered 400 MaxMessageLengthExceeded before parsing.",
    "S3's limit and answer for this operation are not recorded; code and message from the S3 ErrorResponses list.",
  ),
  rule(
    "xml-not-well-formed",
    "body",
    "MalformedXML",
    "inferred",
    "A body that is not well-formed XML (truncated, mismatched tags, text outside the root, bad entity syntax, too deep, more than MAX_PUT_INVENTORY_CONFIGURATION_ELEMENTS (256) elements, a choice).",
    `MalformedXML's recorded message says "not well-formed" (evidence:put-invalid-format-400), and S3's list of error codes gives MalformedXML for XML that is not well-formed (evidence:error-codes); not recorded for inventory with a broken document.`,
  ),
  rule(
    "xml-doctype",
    "body",
    "MalformedXML",
    "choice",
    "A DOCTYPE (and so any entity declaration) or an undeclared entity reference is refused, never expanded.",
    "S3's answer to a DTD is not recorded; refusing DTDs is this project's safety rule (billion laughs, XXE).",
  ),
  rule(
    "xml-invalid-encoding",
    "body",
    "MalformedXML",
    "inferred",
    "A body that is not UTF-8, or holds characters XML 1.0 forbids, is not a well-formed document.",
    "XML 1.0 section 2.2 and 4.3.3: such a document is not well-formed, hence MalformedXML.",
  ),
  // --- schema ---------------------------------------------------------------------------------------
  rule(
    "root-element",
    "schema",
    "MalformedXML",
    "inferred",
    "The root element must be InventoryConfiguration.",
    "S3 API reference, PutBucketInventoryConfiguration request syntax (root InventoryConfiguration).",
  ),
  rule(
    "namespace",
    "schema",
    "MalformedXML",
    "choice",
    `Elements must be in S3's namespace ("http://s3.amazonaws.com/doc/2006-03-01/", as every SDK sends) or in no namespace; another default namespace or a prefixed element name is refused.`,
    `SDKs always send the namespace (pinned by the sdk-oracle test); S3 accepting no namespace is [INFERRED] from its documentation's request examples; other namespaces and prefixes: not recorded, chosen.`,
  ),
  rule(
    "unknown-attribute",
    "schema",
    "MalformedXML",
    "choice",
    "An attribute other than a namespace declaration (xmlns, xmlns:*), on any element.",
    "Not recorded. S3's published schema declares no attributes and its MalformedXML message speaks of schema validation, which refuses undeclared attributes; no SDK sends any.",
  ),
  rule(
    "unknown-element",
    "schema",
    "MalformedXML",
    "inferred",
    "An element the schema does not know, at any level, is refused (names are case-sensitive, e.g. `etag`).",
    `Not recorded with an unknown element (evidence:unknown-member-rejected): S3's recorded MalformedXML message speaks of "our published schema" (evidence:put-invalid-format-400). Emulators differ: LocalStack's parser drops unknown members and answers 204.`,
  ),
  rule(
    "missing-member",
    "schema",
    "MalformedXML",
    "inferred",
    "A member the S3 model marks required is missing, at any level (Destination, S3BucketDestination, Bucket, Format, IsEnabled, Id, IncludedObjectVersions, Schedule, Frequency, Filter/Prefix, SSE-KMS/KeyId).",
    "S3 service model smithy.api#required (evidence:configuration-members); the answer is inferred (evidence:missing-required-member-rejected).",
  ),
  rule(
    "repeated-member",
    "schema",
    "MalformedXML",
    "inferred",
    "A member that is not a list appears twice (e.g. two <Id>, two <OptionalFields>).",
    "The published schema has each member at most once; not recorded.",
  ),
  rule(
    "text-in-structure",
    "schema",
    "MalformedXML",
    "inferred",
    "A structure element holds text other than whitespace (whitespace between elements, i.e. indentation, is accepted).",
    "Schema validation of element-only content; pretty-printed bodies are accepted (S3 documentation examples are indented).",
  ),
  rule(
    "element-in-value",
    "schema",
    "MalformedXML",
    "inferred",
    "A simple value (string, enum, boolean) holds child elements.",
    "Schema validation of simple content; not recorded.",
  ),
  rule(
    "format-value",
    "schema",
    "MalformedXML",
    "recorded",
    "Destination/S3BucketDestination/Format is not CSV, ORC or Parquet (exact, case-sensitive).",
    "evidence:put-invalid-format-400 (WRONG-FORMAT).",
  ),
  rule(
    "frequency-value",
    "schema",
    "MalformedXML",
    "recorded",
    "Schedule/Frequency is not Daily or Weekly.",
    "evidence:put-invalid-frequency-400 (Hourly).",
  ),
  rule(
    "included-object-versions-value",
    "schema",
    "MalformedXML",
    "recorded",
    "IncludedObjectVersions is not All or Current.",
    "evidence:put-invalid-included-object-versions-400 (Wrong).",
  ),
  rule(
    "optional-field-value",
    "schema",
    "MalformedXML",
    "recorded",
    "An OptionalFields/Field is not one of the 19 known fields (case-sensitive: `Etag` is refused).",
    "evidence:put-invalid-optional-field-400 (TestField) and evidence:optional-field-case-sensitive (Etag, inferred); the 19 values: evidence:optional-field-values.",
  ),
  rule(
    "directory-bucket-optional-field",
    "schema",
    "MalformedXML",
    "documented",
    "The source is a directory bucket and an OptionalFields/Field is not in DIRECTORY_BUCKET_OPTIONAL_FIELDS.",
    `S3 API reference (botocore 2026 model): unsupported fields for directory buckets "Throws MalformedXML error" (evidence:directory-bucket-optional-fields).`,
  ),
  rule(
    "is-enabled-value",
    "schema",
    "MalformedXML",
    "choice",
    "IsEnabled is not exactly `true` or `false` (no `1`/`0`, no other case, no surrounding whitespace).",
    "Not recorded. XML Schema's boolean would also allow 1/0: this project refuses them, as it refuses non-exact enum values.",
  ),
  rule(
    "id-characters",
    "schema",
    "MalformedXML",
    "recorded",
    "The body's Id has a character outside [A-Za-z0-9._-] (INVENTORY_ID_PATTERN).",
    "evidence:put-id-with-spaces-400 (Id with spaces); other characters [INFERRED] (evidence:id-other-characters-rejected) from the documented valid characters (evidence:id-valid-characters).",
  ),
  rule(
    "id-empty",
    "schema",
    "MalformedXML",
    "choice",
    "The body's Id is empty (`<Id></Id>` or `<Id/>`).",
    `Not recorded; MalformedXML chosen because an empty Id fails the character pattern's "one or more".`,
  ),
  rule(
    "id-length",
    "schema",
    "MalformedXML",
    "inferred",
    "The body's Id is longer than INVENTORY_ID_MAX_LENGTH (64 accepted, 65 refused).",
    "evidence:put-id-too-long-400 (Id too long); the exact boundary 64 is [INFERRED] (evidence:id-max-length-64).",
  ),
  rule(
    "encryption-both",
    "schema",
    "MalformedXML",
    "choice",
    "Encryption holds both SSE-S3 and SSE-KMS.",
    `Not recorded; the SDK sends both without complaint (pinned by the sdk-oracle test). Refused because a report is encrypted one way.`,
  ),
  rule(
    "encryption-empty",
    "schema",
    "MalformedXML",
    "choice",
    "Encryption holds neither SSE-S3 nor SSE-KMS (`<Encryption/>`).",
    `Not recorded; refused because an encryption setting with no method says nothing.`,
  ),
  // --- id-match -------------------------------------------------------------------------------------
  rule(
    "id-mismatch",
    "id-match",
    "IdMismatch",
    "recorded",
    "The body's Id differs from the query's `id` (compared exactly, case-sensitive).",
    "evidence:put-id-mismatch-400 (body test-inventorywrong, query test-inventory).",
  ),
  rule(
    "id-query-missing",
    "id-match",
    "IdMismatch",
    "choice",
    "The request has no `id` query parameter (the body is valid).",
    `Not recorded; IdMismatch chosen: the document's Id cannot match an absent configuration id. An empty \`id=\` is a plain mismatch.`,
  ),
  // --- destination ----------------------------------------------------------------------------------
  rule(
    "destination-not-arn",
    "destination",
    "InvalidS3DestinationBucket",
    "recorded",
    "Destination/S3BucketDestination/Bucket is not an ARN (`arn:<partition>:<service>:<region>:<account>:<resource>`), e.g. a plain bucket name.",
    "evidence:put-destination-not-arn-400 (plain bucket name).",
  ),
  rule(
    "destination-partition",
    "destination",
    "InvalidS3DestinationBucket",
    "choice",
    "The ARN's partition is not aws, aws-cn or aws-us-gov.",
    "Not recorded; the three commercial partitions S3 inventory documents. Answered like any invalid ARN.",
  ),
  rule(
    "destination-service",
    "destination",
    "InvalidS3DestinationBucket",
    "inferred",
    "The ARN's service is not s3 (e.g. arn:aws:sqs:::name).",
    `Model doc: "The Amazon Resource Name (ARN) of the bucket where inventory results will be published" (evidence:destination-bucket-arn); answer as for a non-ARN.`,
  ),
  rule(
    "destination-namespace",
    "destination",
    "InvalidS3DestinationBucket",
    "recorded",
    "The ARN has a region or an account id (a namespace), e.g. arn:aws:s3::123456789012:bucket.",
    `evidence:put-destination-arn-namespace-400 (account in the ARN); a region in the ARN giving the same answer is [INFERRED] from the message.`,
    "namespace",
  ),
  rule(
    "destination-bucket-name",
    "destination",
    "InvalidS3DestinationBucket",
    "inferred",
    "The ARN's resource is not a bucket name: 3-255 characters of [A-Za-z0-9._-] (legacy us-east-1 names included), no `/` or key.",
    "S3 bucket naming rules (General purpose bucket naming rules, legacy names); not recorded for inventory.",
  ),
]);

/**
 * The id of one of {@link PUT_VALIDATION_RULES}, as reported by a refusal of the validation.
 *
 * @example
 * ```ts
 * declare const body: string;
 * const verdict = validatePutBucketInventoryConfiguration({ id: "a", body });
 * const rule: PutValidationRuleId | undefined = verdict.ok ? undefined : verdict.rule;
 * ```
 * @public
 */
export type PutValidationRuleId = (typeof PUT_VALIDATION_RULES)[number]["id"];

/**
 * Looks a rule up by id.
 *
 * @example
 * ```ts
 * findPutValidationRule("id-mismatch").source; // "evidence:put-id-mismatch-400 (...)"
 * ```
 * @public
 */
export function findPutValidationRule(id: PutValidationRuleId): PutValidationRule {
  const found = PUT_VALIDATION_RULES.find((candidate) => candidate.id === id);
  if (!found) throw new RangeError(`Unknown Put validation rule '${id}'`);
  return found;
}
