import { describe, expect, it } from "vitest";
import { createInvalidBucketOwnerAccountIdError } from "./create-invalid-bucket-owner-account-id-error.js";
import { S3_ERROR_CATALOGUE, type S3ErrorDefinition } from "./s3-error-catalogue.js";
import { createS3Error } from "./s3-error-response.js";

// The recorded answers, transcribed by hand from the evidence ledger's recorded entries (fixtures'
// evidence/ledger.json, and the public issues the catalogue cites), independently of the catalogue: the
// oracle for its messages.
const RECORDED_MESSAGES: Record<
  string,
  { message: string; variants?: Record<string, string>; from: string }
> = {
  NoSuchConfiguration: {
    message: "The specified configuration does not exist.",
    from: "evidence:get-unknown-id-404",
  },
  IdMismatch: {
    message: "Document ID does not match the specified configuration ID.",
    from: "evidence:put-id-mismatch-400",
  },
  InvalidS3DestinationBucket: {
    message: "Invalid bucket ARN.",
    variants: { namespace: "Bucket ARN should not specify a namespace." },
    from: "evidence:put-destination-not-arn-400, evidence:put-destination-arn-namespace-400",
  },
  MalformedXML: {
    message: "The XML you provided was not well-formed or did not validate against our published schema",
    from: "evidence:put-invalid-format-400 and the other enum entries (no trailing period)",
  },
  NoSuchBucket: {
    message: "The specified bucket does not exist",
    from: "evidence:intelligent-tiering-no-such-bucket",
  },
  AccessDenied: {
    message: "Access Denied",
    variants: {
      expired: "Request has expired",
      notYetValid: "Request is not yet valid",
      missingDate: "AWS authentication requires a valid Date or x-amz-date header",
      headersNotSigned: "There were headers present in the request which were not signed",
    },
    from: "evidence:policy-expected-owner-other-403; aws/aws-sdk-php#1333, minio/minio#2638, hubrick/vertx-s3-client#5, soto-project/soto#374",
  },
  InvalidBucketOwnerAWSAccountID: {
    message: "The value of the expected bucket owner parameter must be an AWS Account ID...",
    from: "evidence:policy-expected-owner-invalid-400 (value `invalid` appended as ' [invalid]')",
  },
  MissingRequestBodyError: { message: "Request Body is empty", from: "aws/aws-sdk-cpp#733" },
  XAmzContentSHA256Mismatch: {
    message: "The provided 'x-amz-content-sha256' header does not match what was computed.",
    from: "aws/aws-sdk-php#383",
  },
  MissingContentLength: {
    message: "You must provide the Content-Length HTTP header.",
    from: "roeap/object-store-python#23",
  },
};

// Message variants of codes whose default message is not recorded, transcribed from the raw S3
// answers quoted in the public issues the catalogue cites.
const RECORDED_VARIANTS_OF_UNRECORDED_CODES: Record<string, Record<string, string>> = {
  InvalidArgument: {
    unsupportedAuthorizationType: "Unsupported Authorization Type",
    invalidContentSha256:
      "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER, STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD, STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD-TRAILER or a valid sha256 value.",
  },
  InvalidRequest: {
    unsupportedAuthorization:
      "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.",
    missingContentSha256: "Missing required header for this request: x-amz-content-sha256",
  },
  AuthorizationHeaderMalformed: {
    credentialDate:
      "The authorization header is malformed; Invalid credential date. Date is not the same as X-Amz-Date.",
  },
};

// The codes issue 4 says the mock and the client need.
const REQUIRED_CODES = [
  "NoSuchConfiguration",
  "NoSuchBucket",
  "IdMismatch",
  "InvalidS3DestinationBucket",
  "MalformedXML",
  "AccessDenied",
  "InvalidBucketOwnerAWSAccountID",
  "SignatureDoesNotMatch",
  "InvalidAccessKeyId",
  "RequestTimeTooSkewed",
  "TooManyConfigurations",
  "InvalidArgument",
  "NotImplemented",
  "MaxMessageLengthExceeded",
  "SlowDown",
  "InternalError",
  "BucketAlreadyOwnedByYou",
  "BucketAlreadyExists",
  "InvalidBucketName",
  "MethodNotAllowed",
];

const FRAMEWORK_ELEMENTS = ["Code", "Message", "RequestId", "HostId"];

const entries = Object.entries(S3_ERROR_CATALOGUE) as [string, S3ErrorDefinition][];

describe("S3_ERROR_CATALOGUE", () => {
  it("holds every code the mock and the client need (issue 4)", () => {
    expect(REQUIRED_CODES.filter((code) => !(code in S3_ERROR_CATALOGUE))).toEqual([]);
  });

  it.each(entries)("%s is filed under its own code", (key, definition) => {
    expect(definition.code).toBe(key);
  });

  it.each(entries)("%s: a 4xx is a client fault, a 5xx a server fault", (_key, definition) => {
    expect(definition.httpStatus).toBeGreaterThanOrEqual(400);
    expect(definition.httpStatus).toBeLessThan(600);
    expect(definition.fault).toBe(definition.httpStatus >= 500 ? "server" : "client");
  });

  it.each(entries)("%s: messages are one trimmed line and the source is given", (_key, definition) => {
    for (const message of [definition.message, ...Object.values(definition.variants)]) {
      expect(message).not.toBe("");
      expect(message.trim()).toBe(message);
      expect(message).not.toMatch(/[\r\n]/);
    }
    expect(definition.source.length).toBeGreaterThan(10);
  });

  it.each(entries)("%s: extra fields are XML names, unique, and not the framework's", (_key, definition) => {
    expect(new Set(definition.extraFields).size).toBe(definition.extraFields.length);
    for (const field of definition.extraFields) {
      expect(field).toMatch(/^[A-Z][A-Za-z0-9-]*$/);
      expect(FRAMEWORK_ELEMENTS).not.toContain(field);
    }
  });

  it("every recorded message is the text recorded from AWS, and every recorded entry is transcribed", () => {
    const recorded = entries.filter(
      ([, d]) => d.messageProvenance === "recorded" || d.messageProvenance === "recorded-analog",
    );
    expect(recorded.map(([code]) => code).sort()).toEqual(Object.keys(RECORDED_MESSAGES).sort());
    for (const [code, definition] of recorded) {
      const expected = RECORDED_MESSAGES[code];
      expect({ code, message: definition.message, variants: definition.variants }).toEqual({
        code,
        message: expected?.message,
        variants: expected?.variants ?? {},
      });
    }
  });

  it("every message variant not marked chosen is transcribed from a recorded S3 answer", () => {
    const unrecorded = entries.filter(
      ([, d]) => d.messageProvenance !== "recorded" && d.messageProvenance !== "recorded-analog",
    );
    const recordedVariantsOf = (d: S3ErrorDefinition) =>
      Object.fromEntries(
        Object.entries(d.variants).filter(([name]) => d.variantProvenance[name] !== "chosen"),
      );
    const withVariants = unrecorded.filter(([, d]) => Object.keys(recordedVariantsOf(d)).length > 0);
    expect(withVariants.map(([code]) => code).sort()).toEqual(
      Object.keys(RECORDED_VARIANTS_OF_UNRECORDED_CODES).sort(),
    );
    for (const [code, definition] of withVariants) {
      expect({ code, variants: recordedVariantsOf(definition) }).toEqual({
        code,
        variants: RECORDED_VARIANTS_OF_UNRECORDED_CODES[code],
      });
    }
  });

  it("gives every variant a provenance, and marks the project's own choices chosen", () => {
    for (const [code, definition] of entries) {
      expect({ code, names: Object.keys(definition.variantProvenance) }).toEqual({
        code,
        names: Object.keys(definition.variants),
      });
    }
    const chosen = entries.flatMap(([code, d]) =>
      Object.entries(d.variantProvenance)
        .filter(([, provenance]) => provenance === "chosen")
        .map(([name]) => `${code}.${name}`),
    );
    expect(chosen.sort()).toEqual(
      [
        "AuthorizationHeaderMalformed.hostNotSigned",
        "InvalidArgument.invalidContinuationToken",
        "InvalidArgument.missingId",
        "InternalError.journalWriteFailed",
      ].sort(),
    );
  });

  it("answers a continuation token the server did not issue as S3 answers ListObjectsV2 (versity/versitygw#993)", () => {
    expect(
      createS3Error("InvalidArgument", {
        variant: "invalidContinuationToken",
        fields: { ArgumentName: "continuation-token" },
      }),
    ).toEqual({
      httpStatus: 400,
      code: "InvalidArgument",
      message: "The continuation token provided is incorrect",
      fields: { ArgumentName: "continuation-token" },
    });
    expect(createS3Error("InvalidArgument", { variant: "missingId" }).message).toBe(
      "Missing required parameter: id",
    );
  });

  it("cites the evidence ledger for every recorded message (fixtures' tests resolve each id)", () => {
    for (const [code, definition] of entries) {
      if (definition.messageProvenance === "recorded")
        expect({ code, source: definition.source }).toEqual({
          code,
          source: expect.stringMatching(/evidence:[a-z0-9-]+/),
        });
    }
  });

  it("is frozen, so no consumer can change S3's answers for everyone", () => {
    expect(Object.isFrozen(S3_ERROR_CATALOGUE)).toBe(true);
    for (const [, definition] of entries) {
      expect(Object.isFrozen(definition)).toBe(true);
      expect(Object.isFrozen(definition.variants)).toBe(true);
      expect(Object.isFrozen(definition.variantProvenance)).toBe(true);
    }
  });
});

describe("createS3Error", () => {
  it("answers with the catalogue's status, code and message", () => {
    expect(createS3Error("NoSuchConfiguration")).toEqual({
      httpStatus: 404,
      code: "NoSuchConfiguration",
      message: "The specified configuration does not exist.",
      fields: {},
    });
  });

  it("picks a named variant, and refuses one the catalogue does not know", () => {
    expect(createS3Error("InvalidS3DestinationBucket", { variant: "namespace" }).message).toBe(
      "Bucket ARN should not specify a namespace.",
    );
    expect(() => createS3Error("IdMismatch", { variant: "namespace" })).toThrow(RangeError);
  });

  it("copies the extra fields, so the caller's object is not shared", () => {
    const fields = { BucketName: "src" };
    const error = createS3Error("NoSuchBucket", { fields });
    fields.BucketName = "changed";
    expect(error.fields).toEqual({ BucketName: "src" });
  });
});

describe("createInvalidBucketOwnerAccountIdError", () => {
  it("appends the value as recorded (evidence:policy-expected-owner-invalid-400)", () => {
    expect(createInvalidBucketOwnerAccountIdError("invalid")).toEqual({
      httpStatus: 400,
      code: "InvalidBucketOwnerAWSAccountID",
      message: "The value of the expected bucket owner parameter must be an AWS Account ID... [invalid]",
      fields: {},
    });
  });
});
