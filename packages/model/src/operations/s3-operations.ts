import type { S3ErrorCode } from "../errors/s3-error-catalogue.js";

/**
 * Where one input member goes on the wire, as Smithy's HTTP binding traits say it: `label` (the bucket:
 * the host of a virtual-hosted request or the first path segment), `query`, `header`, or `payload` (the
 * XML document that is the body).
 *
 * @public
 */
export type S3HttpBinding =
  | { readonly in: "label" }
  | { readonly in: "query"; readonly name: string }
  | { readonly in: "header"; readonly name: string }
  | { readonly in: "payload"; readonly root: string };

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
 * `code`), the input members in the SDK's order, the output shape, the error codes S3 answers this
 * operation with beyond those any request can get (authentication, transport), and the AWS CLI command.
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
  /** The SDK's output shape name, or `undefined` when a success carries no document. */
  readonly output: string | undefined;
  readonly errors: readonly S3ErrorCode[];
  /** The `aws s3api` command. */
  readonly cli: string;
  /** Where the binding and the status come from. */
  readonly source: string;
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

const SMITHY =
  "S3 Smithy model (aws/api-models-aws models/s3/service/2006-03-01/s3-2006-03-01.json), as generated into " +
  "@aws-sdk/client-s3 3.1175.0 dist-cjs/schemas/schemas_0.js";
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
export const S3_OPERATIONS: S3OperationTable = deepFreeze({
  PutBucketInventoryConfiguration: {
    name: "PutBucketInventoryConfiguration",
    // The Smithy model says 200; real S3 answers 204 (recorded, aws-recorded-cases.md A).
    http: { method: "PUT", uri: "/{Bucket}?inventory", code: 204 },
    input: {
      Bucket: bucket,
      Id: id,
      ExpectedBucketOwner: expectedBucketOwner,
      InventoryConfiguration: {
        binding: { in: "payload", root: "InventoryConfiguration" },
        required: true,
        cli: "--inventory-configuration",
      },
    },
    output: undefined,
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
    source: `${SMITHY}; status recorded (aws-recorded-cases.md A)`,
  },
  GetBucketInventoryConfiguration: {
    name: "GetBucketInventoryConfiguration",
    http: { method: "GET", uri: "/{Bucket}?inventory&x-id=GetBucketInventoryConfiguration", code: 200 },
    input: { Bucket: bucket, Id: id, ExpectedBucketOwner: expectedBucketOwner },
    output: "GetBucketInventoryConfigurationOutput",
    errors: ["NoSuchConfiguration", ...BUCKET_ACCESS_ERRORS],
    cli: "get-bucket-inventory-configuration",
    source: SMITHY,
  },
  DeleteBucketInventoryConfiguration: {
    name: "DeleteBucketInventoryConfiguration",
    http: { method: "DELETE", uri: "/{Bucket}?inventory", code: 204 },
    input: { Bucket: bucket, Id: id, ExpectedBucketOwner: expectedBucketOwner },
    output: undefined,
    errors: ["NoSuchConfiguration", ...BUCKET_ACCESS_ERRORS],
    cli: "delete-bucket-inventory-configuration",
    source: SMITHY,
  },
  ListBucketInventoryConfigurations: {
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
    source: SMITHY,
  },
  CreateBucket: {
    name: "CreateBucket",
    http: { method: "PUT", uri: "/{Bucket}", code: 200 },
    input: {
      Bucket: bucket,
      CreateBucketConfiguration: {
        binding: { in: "payload", root: "CreateBucketConfiguration" },
        required: false,
        cli: "--create-bucket-configuration",
      },
    },
    output: undefined,
    errors: [
      "BucketAlreadyExists",
      "BucketAlreadyOwnedByYou",
      "InvalidBucketName",
      "InvalidLocationConstraint",
      "MalformedXML",
    ],
    cli: "create-bucket",
    source: SMITHY,
  },
  HeadBucket: {
    name: "HeadBucket",
    http: { method: "HEAD", uri: "/{Bucket}", code: 200 },
    input: { Bucket: bucket, ExpectedBucketOwner: expectedBucketOwner },
    output: undefined,
    errors: BUCKET_ACCESS_ERRORS,
    cli: "head-bucket",
    source: SMITHY,
  },
  DeleteBucket: {
    name: "DeleteBucket",
    http: { method: "DELETE", uri: "/{Bucket}", code: 204 },
    input: { Bucket: bucket, ExpectedBucketOwner: expectedBucketOwner },
    output: undefined,
    errors: ["BucketNotEmpty", ...BUCKET_ACCESS_ERRORS],
    cli: "delete-bucket",
    source: SMITHY,
  },
  ListBuckets: {
    name: "ListBuckets",
    http: { method: "GET", uri: "/?x-id=ListBuckets", code: 200 },
    input: {},
    output: "ListBucketsOutput",
    errors: ["AccessDenied"],
    cli: "list-buckets",
    source: SMITHY,
  },
});

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}
