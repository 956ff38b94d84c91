import { describe, expect, it } from "vitest";
import { PUT_VALIDATION_RULES, type PutValidationRuleId } from "../rules/put-validation-rules.js";
import { RECORDED_PUT_BODY, RECORDED_PUT_CONFIGURATION } from "../testing/recorded-examples.js";
import { validatePutBucketInventoryConfiguration } from "./validate-put-bucket-inventory-configuration.js";

// Raw XML bodies, written by hand as boto3 sends them (model order, S3 namespace): the recorded PUT answers
// of the evidence ledger (evidence:put-answers-204 and the put-*-400 entries) are about such bodies. BASE is the recordings' base configuration.
const NS = ' xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
const MALFORMED = "The XML you provided was not well-formed or did not validate against our published schema";

interface BodyParts {
  id?: string;
  bucket?: string;
  format?: string;
  frequency?: string;
  versions?: string;
  isEnabled?: string;
  optionalFields?: string[];
  /** Extra markup inside <S3BucketDestination>, after Format. */
  destinationExtra?: string;
  /** Extra markup at the end of the root. */
  rootExtra?: string;
}

function body(parts: BodyParts = {}): string {
  const fields = parts.optionalFields
    ? `<OptionalFields>${parts.optionalFields.map((f) => `<Field>${f}</Field>`).join("")}</OptionalFields>`
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8"?><InventoryConfiguration${NS}>` +
    `<Destination><S3BucketDestination><Bucket>${parts.bucket ?? "arn:aws:s3:::dest-bucket"}</Bucket>` +
    `<Format>${parts.format ?? "CSV"}</Format>${parts.destinationExtra ?? ""}</S3BucketDestination></Destination>` +
    `<IsEnabled>${parts.isEnabled ?? "true"}</IsEnabled><Id>${parts.id ?? "test-inventory"}</Id>` +
    `<IncludedObjectVersions>${parts.versions ?? "All"}</IncludedObjectVersions>${fields}` +
    `<Schedule><Frequency>${parts.frequency ?? "Daily"}</Frequency></Schedule>${parts.rootExtra ?? ""}</InventoryConfiguration>`
  );
}

function answer(id: string | undefined, requestBody: string | Uint8Array | undefined) {
  const verdict = validatePutBucketInventoryConfiguration({ id, body: requestBody });
  return verdict.ok
    ? { status: 204 }
    : {
        status: verdict.error.httpStatus,
        code: verdict.error.code,
        message: verdict.error.message,
        fields: verdict.error.fields,
      };
}

function ruleOf(
  id: string | undefined,
  requestBody: string | Uint8Array | undefined,
  directoryBucket = false,
): PutValidationRuleId | "accepted" {
  const verdict = validatePutBucketInventoryConfiguration({ id, body: requestBody, directoryBucket });
  return verdict.ok ? "accepted" : verdict.rule;
}

describe("validatePutBucketInventoryConfiguration: every recorded PUT answer of the evidence ledger", () => {
  it("put-inventory-config: 204, and the configuration exactly as sent (no defaults, OptionalFields order kept)", () => {
    const verdict = validatePutBucketInventoryConfiguration({
      id: "test-inventory",
      body: body({ optionalFields: ["Size", "ETag"] }),
    });
    expect(verdict).toStrictEqual({
      ok: true,
      configuration: {
        Destination: { S3BucketDestination: { Bucket: "arn:aws:s3:::dest-bucket", Format: "CSV" } },
        IsEnabled: true,
        Id: "test-inventory",
        IncludedObjectVersions: "All",
        OptionalFields: ["Size", "ETag"],
        Schedule: { Frequency: "Daily" },
      },
    });
  });

  it.each([
    [
      "wrong-id",
      "test-inventory",
      body({ id: "test-inventorywrong" }),
      "IdMismatch",
      "Document ID does not match the specified configuration ID.",
    ],
    [
      "wrong-destination-arn",
      "test-inventory",
      body({ bucket: "dest-bucket" }),
      "InvalidS3DestinationBucket",
      "Invalid bucket ARN.",
    ],
    [
      "wrong-destination-format",
      "test-inventory",
      body({ format: "WRONG-FORMAT" }),
      "MalformedXML",
      MALFORMED,
    ],
    ["wrong-schedule-frequency", "test-inventory", body({ frequency: "Hourly" }), "MalformedXML", MALFORMED],
    ["wrong-object-versions", "test-inventory", body({ versions: "Wrong" }), "MalformedXML", MALFORMED],
    [
      "wrong-optional-field",
      "test-inventory",
      body({ optionalFields: ["TestField"] }),
      "MalformedXML",
      MALFORMED,
    ],
    [
      "B destination ARN with account id (aws/aws-cli#3611)",
      "test-inventory",
      body({ bucket: "arn:aws:s3::123456789012:dest-bucket" }),
      "InvalidS3DestinationBucket",
      "Bucket ARN should not specify a namespace.",
    ],
    [
      "B Id too long (aws/aws-cdk#27793)",
      "BucketInventoryConfigurationDailyInventoryReportForTheLogsBucketOfProd1",
      body({ id: "BucketInventoryConfigurationDailyInventoryReportForTheLogsBucketOfProd1" }),
      "MalformedXML",
      MALFORMED,
    ],
    [
      "B Id with spaces (cfn-lint#1550)",
      "my daily inventory",
      body({ id: "my daily inventory" }),
      "MalformedXML",
      MALFORMED,
    ],
    [
      "B OptionalFields 'Etag' (aws-sdk-ruby#1577)",
      "test-inventory",
      body({ optionalFields: ["Size", "Etag"] }),
      "MalformedXML",
      MALFORMED,
    ],
  ])("%s: 400 %s", (_case, id, requestBody, code, message) => {
    expect(answer(id, requestBody)).toStrictEqual({ status: 400, code, message, fields: {} });
  });
});

describe("validatePutBucketInventoryConfiguration: S3's order (schema, then IdMismatch, then destination)", () => {
  it.each([
    ["a bad enum and a wrong Id", "test-inventory", body({ format: "JSON", id: "other" }), "MalformedXML"],
    [
      "an unknown element and a wrong Id",
      "test-inventory",
      body({ rootExtra: "<Bogus/>", id: "other" }),
      "MalformedXML",
    ],
    [
      "a bad enum and a plain bucket name",
      "test-inventory",
      body({ frequency: "Hourly", bucket: "dest" }),
      "MalformedXML",
    ],
    [
      "a bad Id character and a plain bucket name",
      "a b",
      body({ id: "a b", bucket: "dest" }),
      "MalformedXML",
    ],
    [
      "a wrong Id and a plain bucket name",
      "test-inventory",
      body({ id: "other", bucket: "dest" }),
      "IdMismatch",
    ],
    [
      "a wrong Id and a namespaced ARN",
      "test-inventory",
      body({ id: "other", bucket: "arn:aws:s3:us-east-1::d" }),
      "IdMismatch",
    ],
    [
      "a missing member and everything else wrong",
      "x",
      body({ id: "y", bucket: "d", destinationExtra: "<Format>CSV</Format>" }),
      "MalformedXML",
    ],
  ])("%s: the earlier rule's %s", (_case, id, requestBody, code) => {
    expect(answer(id, requestBody)).toMatchObject({ code });
  });
});

describe("validatePutBucketInventoryConfiguration: Id length boundary (INVENTORY_ID_MAX_LENGTH)", () => {
  const id64 = "a".repeat(30) + "-B_9." + "z".repeat(29);
  it("accepts 64 characters", () => {
    expect(id64).toHaveLength(64);
    expect(ruleOf(id64, body({ id: id64 }))).toBe("accepted");
  });
  it("refuses 65 characters with MalformedXML", () => {
    const id65 = `${id64}x`;
    expect(answer(id65, body({ id: id65 }))).toStrictEqual({
      status: 400,
      code: "MalformedXML",
      message: MALFORMED,
      fields: {},
    });
    expect(ruleOf(id65, body({ id: id65 }))).toBe("id-length");
  });
});

// One request per rule of PUT_VALIDATION_RULES: each rule can be broken on its own, and is the one reported.
const EXAMPLES: Record<
  PutValidationRuleId,
  { id?: string | undefined; body: string | Uint8Array | undefined; directoryBucket?: boolean }
> = {
  "body-missing": { body: undefined },
  "body-too-large": { body: body({ destinationExtra: `<Prefix>${"p".repeat(1024 * 1024)}</Prefix>` }) },
  "xml-not-well-formed": { body: body().slice(0, -5) },
  "xml-doctype": { body: `<!DOCTYPE l [<!ENTITY a "aaaa">]>${body({ id: "&a;" })}` },
  "xml-invalid-encoding": {
    body: new Uint8Array([...new TextEncoder().encode(body()).subarray(0, 60), 0xff, 0xfe]),
  },
  "root-element": { body: body().replace(/InventoryConfiguration/g, "MetricsConfiguration") },
  namespace: { body: body().replace(NS, ' xmlns="http://example.com/"') },
  "unknown-attribute": { body: body().replace("<IsEnabled>", '<IsEnabled default="false">') },
  "unknown-element": { body: body({ rootExtra: "<Unknown>1</Unknown>" }) },
  "missing-member": { body: body().replace("<Schedule><Frequency>Daily</Frequency></Schedule>", "") },
  "repeated-member": { body: body({ rootExtra: "<IsEnabled>true</IsEnabled>" }) },
  "text-in-structure": { body: body().replace("<Destination>", "<Destination>text") },
  "element-in-value": { body: body({ destinationExtra: "<Prefix><b/></Prefix>" }) },
  "format-value": { body: body({ format: "csv" }) },
  "frequency-value": { body: body({ frequency: "Monthly" }) },
  "included-object-versions-value": { body: body({ versions: "all" }) },
  "optional-field-value": { body: body({ optionalFields: ["Size", "size"] }) },
  "directory-bucket-optional-field": {
    body: body({ optionalFields: ["Size", "ReplicationStatus"] }),
    directoryBucket: true,
  },
  "is-enabled-value": { body: body({ isEnabled: "1" }) },
  "id-characters": { id: "a/b", body: body({ id: "a/b" }) },
  "id-empty": { id: "", body: body({ id: "" }) },
  "id-length": { id: "i".repeat(65), body: body({ id: "i".repeat(65) }) },
  "text-too-long": { body: body({ destinationExtra: `<Prefix>${"é".repeat(513)}</Prefix>` }) },
  "encryption-both": {
    body: body({ destinationExtra: "<Encryption><SSE-S3/><SSE-KMS><KeyId>k</KeyId></SSE-KMS></Encryption>" }),
  },
  "encryption-empty": { body: body({ destinationExtra: "<Encryption/>" }) },
  "id-mismatch": { id: "Test-Inventory", body: body() },
  "id-query-missing": { id: undefined, body: body() },
  "destination-not-arn": { body: body({ bucket: "arn:aws:s3:dest" }) },
  "destination-partition": { body: body({ bucket: "arn:aws-iso:s3:::dest" }) },
  "destination-service": { body: body({ bucket: "arn:aws:sqs:::dest" }) },
  "destination-namespace": { body: body({ bucket: "arn:aws:s3:us-east-1::dest" }) },
  "destination-bucket-name": { body: body({ bucket: "arn:aws:s3:::dest/prefix" }) },
};

describe("validatePutBucketInventoryConfiguration: each rule of PUT_VALIDATION_RULES", () => {
  it("has an example here for every rule in the table", () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(PUT_VALIDATION_RULES.map((rule) => rule.id).sort());
  });

  it.each(PUT_VALIDATION_RULES.map((rule) => [rule.id, rule] as const))("%s", (id, rule) => {
    const example = EXAMPLES[id];
    const verdict = validatePutBucketInventoryConfiguration({
      id: "id" in example ? example.id : "test-inventory",
      body: example.body,
      directoryBucket: example.directoryBucket,
    });
    expect(
      verdict.ok
        ? "accepted"
        : { rule: verdict.rule, code: verdict.error.code, status: verdict.error.httpStatus },
    ).toEqual({
      rule: id,
      code: rule.code,
      status: 400, // every Put validation answer is a 400 (error catalogue)
    });
  });
});

describe("validatePutBucketInventoryConfiguration: what S3 accepts", () => {
  const configuration = {
    Destination: {
      S3BucketDestination: {
        AccountId: "123456789012",
        Bucket: "arn:aws-cn:s3:::dest-bucket",
        Format: "Parquet",
        Prefix: "a&b <c>",
        Encryption: { SSEKMS: { KeyId: "arn:aws:kms:us-east-1:123456789012:key/k" } },
      },
    },
    IsEnabled: false,
    Filter: { Prefix: "" },
    Id: "Report_1.v-2",
    IncludedObjectVersions: "Current",
    OptionalFields: ["StorageClass", "Size"],
    Schedule: { Frequency: "Weekly" },
  };
  const pretty = `<?xml version="1.0" encoding="UTF-8"?>
<InventoryConfiguration>
  <Id>Report_1.v-2</Id>
  <Schedule>
    <Frequency>Weekly</Frequency>
  </Schedule>
  <OptionalFields>
    <Field>StorageClass</Field>
    <Field>Size</Field>
  </OptionalFields>
  <IncludedObjectVersions>Current</IncludedObjectVersions>
  <Filter><Prefix></Prefix></Filter>
  <IsEnabled>false</IsEnabled>
  <Destination>
    <S3BucketDestination>
      <Encryption><SSE-KMS><KeyId>arn:aws:kms:us-east-1:123456789012:key/k</KeyId></SSE-KMS></Encryption>
      <Prefix>a&amp;b &lt;c&gt;</Prefix>
      <Format>Parquet</Format>
      <Bucket>arn:aws-cn:s3:::dest-bucket</Bucket>
      <AccountId>123456789012</AccountId>
    </S3BucketDestination>
  </Destination>
</InventoryConfiguration>
`;

  it("an indented body without namespace, members in any order, as UTF-8 bytes", () => {
    expect(
      validatePutBucketInventoryConfiguration({ id: "Report_1.v-2", body: new TextEncoder().encode(pretty) }),
    ).toStrictEqual({
      ok: true,
      configuration,
    });
  });

  it("an empty <OptionalFields/> (as the SDK sends for []) and <SSE-S3/>", () => {
    const verdict = validatePutBucketInventoryConfiguration({
      id: "test-inventory",
      body: body({ rootExtra: "<OptionalFields/>", destinationExtra: "<Encryption><SSE-S3/></Encryption>" }),
    });
    expect(verdict.ok && verdict.configuration.OptionalFields).toEqual([]);
    expect(verdict.ok && verdict.configuration.Destination?.S3BucketDestination?.Encryption).toEqual({
      SSES3: {},
    });
  });

  it.each(["aws", "aws-cn", "aws-us-gov"])("a destination ARN in partition %s", (partition) => {
    expect(ruleOf("test-inventory", body({ bucket: `arn:${partition}:s3:::Legacy_Bucket.name-1` }))).toBe(
      "accepted",
    );
  });
});

describe("validatePutBucketInventoryConfiguration: choices for unrecorded cases", () => {
  it.each([
    [
      "empty body (MissingRequestBodyError, analog aws/aws-sdk-cpp#733)",
      "",
      400,
      "MissingRequestBodyError",
      "Request Body is empty",
    ],
    ["a body of only whitespace", " \n", 400, "MalformedXML", MALFORMED],
    [
      "a body over 1 MiB",
      EXAMPLES["body-too-large"].body,
      400,
      "MaxMessageLengthExceeded",
      "Your request was too big.",
    ],
    [
      "<SSE-KMS> without KeyId",
      body({ destinationExtra: "<Encryption><SSE-KMS/></Encryption>" }),
      400,
      "MalformedXML",
      MALFORMED,
    ],
    ["an empty <Filter/>", body({ rootExtra: "<Filter/>" }), 400, "MalformedXML", MALFORMED],
    ["IsEnabled True", body({ isEnabled: "True" }), 400, "MalformedXML", MALFORMED],
    [
      "a prefixed element",
      body().replace(
        "<Id>test-inventory</Id>",
        '<s3:Id xmlns:s3="http://s3.amazonaws.com/doc/2006-03-01/">test-inventory</s3:Id>',
      ),
      400,
      "MalformedXML",
      MALFORMED,
    ],
  ])("%s: %i %s", (_case, requestBody, status, code, message) => {
    expect(answer("test-inventory", requestBody)).toStrictEqual({ status, code, message, fields: {} });
  });
});

describe("validatePutBucketInventoryConfiguration: namespace declarations", () => {
  it("accepts S3's namespace declared again on an empty scalar element, and reads it as empty", () => {
    const verdict = validatePutBucketInventoryConfiguration({
      id: "test-inventory",
      body: body({ destinationExtra: `<Prefix${NS}/>` }),
    });
    expect(verdict.ok && verdict.configuration.Destination?.S3BucketDestination?.Prefix).toBe("");
  });
});

describe("validatePutBucketInventoryConfiguration: directory buckets (DIRECTORY_BUCKET_OPTIONAL_FIELDS)", () => {
  const fields = [
    "Size",
    "LastModifiedDate",
    "StorageClass",
    "ETag",
    "IsMultipartUploaded",
    "EncryptionStatus",
    "BucketKeyStatus",
    "ChecksumAlgorithm",
    "LifecycleExpirationDate",
  ];
  it("accepts the nine documented fields for a directory bucket", () => {
    expect(ruleOf("test-inventory", body({ optionalFields: fields }), true)).toBe("accepted");
  });
  it("refuses another known field for a directory bucket only", () => {
    const withOwner = body({ optionalFields: ["Size", "ObjectOwner"] });
    expect(ruleOf("test-inventory", withOwner, true)).toBe("directory-bucket-optional-field");
    expect(ruleOf("test-inventory", withOwner, false)).toBe("accepted");
  });
});

describe("validatePutBucketInventoryConfiguration: both SDK generations' bodies (pinned by the sdk-oracle test)", () => {
  // The model-order body that @aws-sdk/client-s3 3.700.0 and 3.940.0 were observed to send.
  const MODEL_ORDER_BODY =
    '<?xml version="1.0" encoding="UTF-8"?><InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Destination><S3BucketDestination><AccountId>123456789012</AccountId><Bucket>arn:aws:s3:::dest-bucket</Bucket><Format>CSV</Format><Prefix>inv/</Prefix><Encryption><SSE-S3/></Encryption></S3BucketDestination></Destination><IsEnabled>false</IsEnabled><Filter><Prefix>logs/</Prefix></Filter><Id>report-1</Id><IncludedObjectVersions>Current</IncludedObjectVersions><OptionalFields><Field>Size</Field><Field>ETag</Field></OptionalFields><Schedule><Frequency>Weekly</Frequency></Schedule></InventoryConfiguration>';

  it.each([
    ["required-members-first (3.1050.0+)", RECORDED_PUT_BODY],
    ["model order (3.700.0, 3.940.0)", MODEL_ORDER_BODY],
  ])("accepts the %s body and returns the configuration sent", (_order, requestBody) => {
    expect(validatePutBucketInventoryConfiguration({ id: "report-1", body: requestBody })).toStrictEqual({
      ok: true,
      configuration: RECORDED_PUT_CONFIGURATION,
    });
  });
});
