import type { MemberSchema, StructureSchema } from "../schema/inventory-schema.js";
import type { Bucket, ListBucketsOutput } from "../shapes/list-buckets-output.js";
import { parseXml } from "../xml/parse-xml.js";
import type { XmlReadOptions } from "./inventory-configuration-codec.js";
import { XmlShapeError } from "./xml-shape-error.js";
import { readStructure } from "./xml-structure-reader.js";
import { MODEL_ORDER, writeDocument, writeMember } from "./xml-structure-writer.js";

// ListBuckets' `<ListAllMyBucketsResult>` ([DOC] S3 API reference, ListBuckets, "Response Syntax" and
// the response example: `<Owner><ID/><DisplayName/></Owner><Buckets><Bucket><Name/><CreationDate/>
// </Bucket>…</Buckets>`, in the S3 namespace). Members are written in the order of that example:
// Owner (ID, DisplayName), Buckets, then the newer ContinuationToken and Prefix; inside a Bucket, Name,
// CreationDate, then the newer BucketRegion and BucketArn. Where the newer members go is a [CHOICE]:
// no recorded S3 answer in the evidence ledger holds them. `Buckets` is a wrapped list (`<Bucket>` items).
const string = { kind: "string" } as const;
const member = (name: string, value: MemberSchema["value"] = string): MemberSchema => ({
  member: name,
  xmlName: name,
  required: false,
  value,
});
const OWNER: StructureSchema = { name: "Owner", members: [member("ID"), member("DisplayName")] };
// CreationDate is read and written as text here and converted to a Date around the schema walk.
const BUCKET: StructureSchema = {
  name: "Bucket",
  members: [member("Name"), member("CreationDate"), member("BucketRegion"), member("BucketArn")],
};
const RESULT: StructureSchema = {
  name: "ListAllMyBucketsResult",
  members: [
    member("Owner", { kind: "structure", shape: OWNER }),
    member("Buckets", { kind: "list", itemXmlName: "Bucket", item: { kind: "structure", shape: BUCKET } }),
    member("ContinuationToken"),
    member("Prefix"),
  ],
};

// RFC 3339 date-time, which is what the SDK's parseRfc3339DateTimeWithOffset accepts (with `Z` or an offset).
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/**
 * Writes a ListBuckets response body: declaration, newline, `<ListAllMyBucketsResult>` in the S3
 * namespace, `Owner` then `Buckets` as the S3 API reference's example has them, `CreationDate` as
 * `toISOString()` (`2019-12-11T23:32:47.000Z`, the form of that example). `undefined` members are left
 * out; `Buckets: []` writes `<Buckets/>`.
 *
 * @example
 * ```ts
 * serializeListAllMyBucketsResult({
 *   Owner: { ID: "abc" },
 *   Buckets: [{ Name: "src", CreationDate: new Date("2026-01-02T03:04:05Z"), BucketRegion: "us-east-1" }],
 * });
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
 * //  <Owner><ID>abc</ID></Owner><Buckets><Bucket><Name>src</Name><CreationDate>2026-01-02T03:04:05.000Z</CreationDate>
 * //  <BucketRegion>us-east-1</BucketRegion></Bucket></Buckets></ListAllMyBucketsResult>' (one line after the newline)
 * ```
 * @public
 */
export function serializeListAllMyBucketsResult(output: ListBucketsOutput): string {
  const wire: Record<string, unknown> = {
    ...output,
    Buckets: output.Buckets?.map((bucket) => ({
      ...bucket,
      CreationDate: bucket.CreationDate?.toISOString(),
    })),
  };
  let content = "";
  for (const schema of RESULT.members) {
    const value = wire[schema.member];
    if (value !== undefined && value !== null) content += writeMember(schema, value, MODEL_ORDER);
  }
  return writeDocument(RESULT.name, content, "response");
}

/**
 * Reads a ListBuckets response body into the SDK's `ListBucketsOutput`, as leniently as
 * @aws-sdk/client-s3 3.1175.0 (any member order, unknown elements ignored, root name not checked),
 * `CreationDate` as a `Date`. A `CreationDate` that is not an RFC 3339 date-time throws `XmlShapeError`
 * (the SDK throws too); malformed XML throws `XmlParseError`.
 *
 * @example
 * ```ts
 * parseListAllMyBucketsResult(
 *   "<ListAllMyBucketsResult><Buckets><Bucket><Name>src</Name></Bucket></Buckets></ListAllMyBucketsResult>",
 * ); // { Buckets: [{ Name: "src" }] }
 * ```
 * @public
 */
export function parseListAllMyBucketsResult(
  xml: string | Uint8Array,
  options: XmlReadOptions = {},
): ListBucketsOutput {
  const output = readStructure(RESULT, parseXml(xml, options.limits), RESULT.name);
  const buckets = output["Buckets"] as Record<string, unknown>[] | undefined;
  if (buckets) output["Buckets"] = buckets.map(withCreationDate);
  return output as ListBucketsOutput;
}

function withCreationDate(bucket: Record<string, unknown>, index: number): Bucket {
  const text = bucket["CreationDate"];
  if (typeof text !== "string") return bucket as Bucket;
  const date = new Date(text);
  if (!RFC3339.test(text) || Number.isNaN(date.getTime())) {
    throw new XmlShapeError(
      `${RESULT.name}.Buckets.Bucket[${index}].CreationDate`,
      "is not an RFC 3339 date-time",
    );
  }
  return { ...bucket, CreationDate: date } as Bucket;
}
