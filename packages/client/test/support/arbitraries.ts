import { S3_ERROR_CATALOGUE } from "@s3-inventory/model";
import { xmlTextArbitrary as text } from "@s3-inventory/model/testing";
import fc from "fast-check";

// Input spaces of the differential suite that are the client's own (tokens, header values, bucket
// names, client settings, error answers). Configurations, ids and text with XML specials, line breaks
// and non-ASCII come from @s3-inventory/model/testing, the same generators the model tests itself with.

/** Continuation tokens: base64-like with `/ + =`, or any text. */
export const continuationToken: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.string({
      unit: fc.constantFrom(..."ABCxyz0189/+=", "%", "~"),
      minLength: 1,
      maxLength: 40,
    }),
  },
  { weight: 1, arbitrary: text(12) },
);

/** An account id for `x-amz-expected-bucket-owner` (header values are printable ASCII). */
export const expectedBucketOwner: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^\d{12}$/),
  fc.constant(""),
  fc.string({ unit: "grapheme-ascii", maxLength: 16 }).map((s) => s.trim()),
);

const optionally = <T>(arbitrary: fc.Arbitrary<T>, freq = 2) =>
  fc.option(arbitrary, { nil: undefined, freq });

/** Bucket names of every kind the endpoint rules tell apart. */
export const bucketName: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/),
  fc.stringMatching(/^[a-z0-9]{1,5}(\.[a-z0-9-]{1,8}){1,3}$/),
  fc.stringMatching(/^[A-Za-z0-9_]{1,10}$/),
  fc.stringMatching(/^[a-z0-9]{3,10}--[a-z]{3,4}\d-az\d--x-s3$/),
  // Not directory bucket names by S3's naming rule (model `isDirectoryBucketName` rejects them), but the
  // SDK's endpoint rules only test the `--x-s3` suffix and route them to s3express-control all the same.
  fc.stringMatching(/^[A-Za-z0-9._-]{0,12}--x-s3$/),
  fc.constantFrom("192.168.1.1", "ab", "a".repeat(64), "a-", "-a", "a..b", "bucket"),
  text(10).filter((s) => s.length > 0 && !s.includes("/")),
);

/** Client settings: regions of every partition, custom endpoints, path-style. */
export const clientSettings = fc.record({
  region: fc.constantFrom(
    "us-east-1",
    "eu-west-3",
    "cn-north-1",
    "us-gov-west-1",
    "us-iso-east-1",
    "eusc-de-east-1",
    "aws-global",
    "aws-cn-global",
    "mars-1",
  ),
  endpoint: fc.constantFrom(
    undefined,
    "http://localhost:4566",
    "https://example.com/base",
    "http://127.0.0.1:9000",
    "https://minio.example:9443/",
    "https://example.com/base/",
    "http://[::1]:9000",
  ),
  forcePathStyle: fc.constantFrom(undefined, false, true),
  // Temporary credentials add x-amz-security-token to the signed headers; long-term ones do not.
  sessionToken: fc.boolean(),
});

const KNOWN_CODES = Object.values(S3_ERROR_CATALOGUE);

/** An S3 `<Error>` answer: a catalogue code with its status, or an unknown code with any error status. */
export const errorAnswer = fc
  .record({
    known: fc.oneof(fc.constantFrom(...KNOWN_CODES), fc.constant(undefined)),
    // Sometimes no <Code> at all (a proxy's <Error>): the SDK names it NotFound (404) or Unknown.
    withoutCode: fc.nat(5).map((n) => n === 0),
    unknownCode: fc.constantFrom(
      "NotFound",
      "ServiceUnavailable",
      "Throttling",
      "SomethingNew",
      "RequestTimeout",
    ),
    unknownStatus: fc.constantFrom(301, 400, 403, 404, 409, 412, 500, 501, 503),
    message: optionally(text(30), 6),
    requestId: optionally(fc.stringMatching(/^[A-Z0-9]{16}$/), 6),
    hostId: optionally(fc.base64String({ minLength: 4, maxLength: 40 }), 6),
    extra: fc.dictionary(
      fc.constantFrom("BucketName", "ArgumentName", "ArgumentValue", "Resource", "Foo"),
      text(10),
      { maxKeys: 3 },
    ),
    headerRequestId: optionally(fc.stringMatching(/^[A-Z0-9]{16}$/)),
    headerId2: optionally(fc.base64String({ minLength: 4, maxLength: 24 })),
    cfId: optionally(fc.constant("cf-1")),
    declaration: fc.boolean(),
  })
  .map((a) => {
    const code = a.known?.code ?? a.unknownCode;
    const status = a.known?.httpStatus ?? a.unknownStatus;
    const fields: Record<string, string | undefined> = {
      Code: a.withoutCode ? undefined : code,
      Message: a.message,
      ...a.extra,
      RequestId: a.requestId,
      HostId: a.hostId,
    };
    const body =
      (a.declaration ? '<?xml version="1.0" encoding="UTF-8"?>\n' : "") +
      `<Error>${Object.entries(fields)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `<${k}>${escapeXml(v!)}</${k}>`)
        .join("")}</Error>`;
    const headers: Record<string, string> = { "content-type": "application/xml" };
    if (a.headerRequestId) headers["x-amz-request-id"] = a.headerRequestId;
    if (a.headerId2) headers["x-amz-id-2"] = a.headerId2;
    if (a.cfId) headers["x-amz-cf-id"] = a.cfId;
    return { statusCode: status, headers, body };
  });

/** Escapes text for an XML element the way S3 writes it. */
export function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}
