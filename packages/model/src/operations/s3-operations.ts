import type { S3ErrorCode } from "../errors/s3-error-catalogue.js";

/**
 * Where one input member goes on the wire, as Smithy's HTTP binding traits say it: `label` (the bucket:
 * the host of a virtual-hosted request or the first path segment), `query`, `header`, or `payload` (the
 * XML document that is the body, whose root is the member's name).
 *
 * @public
 */
export type S3HttpBinding =
  | { readonly in: "label" }
  | { readonly in: "query"; readonly name: string }
  | { readonly in: "header"; readonly name: string }
  | { readonly in: "payload" };

/**
 * One input member of an operation: its binding, whether S3 requires it, and the AWS CLI's option for it.
 *
 * @public
 */
export interface S3OperationMember {
  readonly binding: S3HttpBinding;
  readonly required: boolean;
  /** The `aws s3api` option, e.g. `--expected-bucket-owner`. */
  readonly cli: string;
}

/**
 * One S3 operation as the wire sees it: Smithy's `@http` trait (`method`, `uri` with its literal query,
 * `code`), the input members in the SDK's order (payload last), the output shape, the error codes S3 answers
 * this operation with beyond those any request can get (authentication, transport), and the AWS CLI command.
 *
 * @public
 */
export interface S3Operation {
  readonly name: S3OperationName;
  readonly http: {
    readonly method: "GET" | "PUT" | "DELETE" | "HEAD";
    /** As in the Smithy model: `/{Bucket}` or `/`, then the literal query that selects the operation. */
    readonly uri: string;
    /** The success status real S3 answers with (recorded where it differs from the Smithy model). */
    readonly code: number;
  };
  readonly input: Readonly<Record<string, S3OperationMember>>;
  /** The SDK's output shape name; absent when a success carries no document. */
  readonly output?: string;
  readonly errors: readonly S3ErrorCode[];
  /** The `aws s3api` command. */
  readonly cli: string;
}

/**
 * The names of the operations in {@link S3_OPERATIONS}.
 *
 * @public
 */
export type S3OperationName =
  | "PutBucketInventoryConfiguration"
  | "GetBucketInventoryConfiguration"
  | "DeleteBucketInventoryConfiguration"
  | "ListBucketInventoryConfigurations"
  | "CreateBucket"
  | "HeadBucket"
  | "DeleteBucket"
  | "ListBuckets";

/**
 * The operation table, keyed by name: what a client serializes, what a server routes on, what a
 * conformance runner guards and prints. Read by @s3-inventory/client, @s3-inventory/mock and
 * @s3-inventory/conformance; a binding is changed here and nowhere else.
 *
 * @public
 */
export type S3OperationTable = Readonly<Record<S3OperationName, S3Operation>>;

// Source of every binding, member name, CLI name and status below, unless a comment says otherwise: the S3
// Smithy model (aws/api-models-aws models/s3/service/2006-03-01/s3-2006-03-01.json), as generated into
// @aws-sdk/client-s3 3.1175.0 dist-cjs/schemas/schemas_0.js (where the SDK's URIs drop the `/{Bucket}` label,
// the bucket being part of the endpoint). Success statuses are real S3's: PUT answers 204 where the model
// says 200 (recorded: evidence:put-answers-204).
const bucket: S3OperationMember = { binding: { in: "label" }, required: true, cli: "--bucket" };
const expectedBucketOwner: S3OperationMember = {
  binding: { in: "header", name: "x-amz-expected-bucket-owner" },
  required: false,
  cli: "--expected-bucket-owner",
};
const id: S3OperationMember = { binding: { in: "query", name: "id" }, required: true, cli: "--id" };
const BUCKET_ACCESS_ERRORS: readonly S3ErrorCode[] = [
  "NoSuchBucket",
  "AccessDenied",
  "InvalidBucketOwnerAWSAccountID",
];

/**
 * PutBucketInventoryConfiguration: see {@link S3_OPERATIONS}.
 * @public
 */
export const PUT_BUCKET_INVENTORY_CONFIGURATION: S3Operation = {
  name: "PutBucketInventoryConfiguration",
  // The Smithy model says 200; real S3 answers 204.
  http: { method: "PUT", uri: "/{Bucket}?inventory", code: 204 },
  input: {
    Bucket: bucket,
    Id: id,
    ExpectedBucketOwner: expectedBucketOwner,
    InventoryConfiguration: {
      binding: { in: "payload" },
      required: true,
      cli: "--inventory-configuration",
    },
  },
  errors: [
    "MalformedXML",
    "InvalidArgument",
    "IdMismatch",
    "InvalidS3DestinationBucket",
    "TooManyConfigurations",
    "MissingRequestBodyError",
    ...BUCKET_ACCESS_ERRORS,
  ],
  cli: "put-bucket-inventory-configuration",
};

/**
 * GetBucketInventoryConfiguration: see {@link S3_OPERATIONS}.
 * @public
 */
export const GET_BUCKET_INVENTORY_CONFIGURATION: S3Operation = {
  name: "GetBucketInventoryConfiguration",
  http: { method: "GET", uri: "/{Bucket}?inventory&x-id=GetBucketInventoryConfiguration", code: 200 },
  input: { Bucket: bucket, Id: id, ExpectedBucketOwner: expectedBucketOwner },
  output: "GetBucketInventoryConfigurationOutput",
  errors: ["NoSuchConfiguration", ...BUCKET_ACCESS_ERRORS],
  cli: "get-bucket-inventory-configuration",
};

/**
 * DeleteBucketInventoryConfiguration: see {@link S3_OPERATIONS}.
 * @public
 */
export const DELETE_BUCKET_INVENTORY_CONFIGURATION: S3Operation = {
  name: "DeleteBucketInventoryConfiguration",
  http: { method: "DELETE", uri: "/{Bucket}?inventory", code: 204 },
  input: { Bucket: bucket, Id: id, ExpectedBucketOwner: expectedBucketOwner },
  errors: ["NoSuchConfiguration", ...BUCKET_ACCESS_ERRORS],
  cli: "delete-bucket-inventory-configuration",
};

/**
 * ListBucketInventoryConfigurations: see {@link S3_OPERATIONS}.
 * @public
 */
export const LIST_BUCKET_INVENTORY_CONFIGURATIONS: S3Operation = {
  name: "ListBucketInventoryConfigurations",
  http: { method: "GET", uri: "/{Bucket}?inventory&x-id=ListBucketInventoryConfigurations", code: 200 },
  input: {
    Bucket: bucket,
    ContinuationToken: {
      binding: { in: "query", name: "continuation-token" },
      required: false,
      cli: "--continuation-token",
    },
    ExpectedBucketOwner: expectedBucketOwner,
  },
  output: "ListBucketInventoryConfigurationsOutput",
  errors: ["InvalidArgument", ...BUCKET_ACCESS_ERRORS],
  cli: "list-bucket-inventory-configurations",
};

/**
 * CreateBucket: see {@link S3_OPERATIONS}.
 * @public
 */
export const CREATE_BUCKET: S3Operation = {
  name: "CreateBucket",
  http: { method: "PUT", uri: "/{Bucket}", code: 200 },
  input: {
    Bucket: bucket,
    CreateBucketConfiguration: {
      binding: { in: "payload" },
      required: false,
      cli: "--create-bucket-configuration",
    },
  },
  errors: [
    "BucketAlreadyExists",
    "BucketAlreadyOwnedByYou",
    "InvalidBucketName",
    "InvalidLocationConstraint",
    "MalformedXML",
  ],
  cli: "create-bucket",
};

/**
 * HeadBucket: see {@link S3_OPERATIONS}.
 * @public
 */
export const HEAD_BUCKET: S3Operation = {
  name: "HeadBucket",
  http: { method: "HEAD", uri: "/{Bucket}", code: 200 },
  input: { Bucket: bucket, ExpectedBucketOwner: expectedBucketOwner },
  errors: BUCKET_ACCESS_ERRORS,
  cli: "head-bucket",
};

/**
 * DeleteBucket: see {@link S3_OPERATIONS}.
 * @public
 */
export const DELETE_BUCKET: S3Operation = {
  name: "DeleteBucket",
  http: { method: "DELETE", uri: "/{Bucket}", code: 204 },
  input: { Bucket: bucket, ExpectedBucketOwner: expectedBucketOwner },
  errors: ["BucketNotEmpty", ...BUCKET_ACCESS_ERRORS],
  cli: "delete-bucket",
};

/**
 * ListBuckets: see {@link S3_OPERATIONS}.
 * @public
 */
export const LIST_BUCKETS: S3Operation = {
  name: "ListBuckets",
  http: { method: "GET", uri: "/?x-id=ListBuckets", code: 200 },
  input: {},
  output: "ListBucketsOutput",
  errors: ["AccessDenied"],
  cli: "list-buckets",
};

/**
 * Every operation this project serves, sends or guards: the four inventory operations and the bucket
 * operations a mock and a conformance run need around them.
 *
 * @example
 * ```ts
 * const { method, uri } = S3_OPERATIONS.GetBucketInventoryConfiguration.http;
 * // "GET", "/{Bucket}?inventory&x-id=GetBucketInventoryConfiguration"
 * ```
 * @public
 */
export const S3_OPERATIONS: S3OperationTable = {
  PutBucketInventoryConfiguration: PUT_BUCKET_INVENTORY_CONFIGURATION,
  GetBucketInventoryConfiguration: GET_BUCKET_INVENTORY_CONFIGURATION,
  DeleteBucketInventoryConfiguration: DELETE_BUCKET_INVENTORY_CONFIGURATION,
  ListBucketInventoryConfigurations: LIST_BUCKET_INVENTORY_CONFIGURATIONS,
  CreateBucket: CREATE_BUCKET,
  HeadBucket: HEAD_BUCKET,
  DeleteBucket: DELETE_BUCKET,
  ListBuckets: LIST_BUCKETS,
};
