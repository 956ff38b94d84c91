import { S3_XML_NAMESPACE } from "../rules/limits.js";
import type { StructureSchema } from "../schema/inventory-schema.js";
import type { CreateBucketConfiguration } from "../shapes/create-bucket-configuration.js";
import { escapeXmlText } from "../xml/escape-xml-text.js";
import { parseXml } from "../xml/parse-xml.js";
import type { XmlReadOptions } from "./inventory-configuration-codec.js";
import { XmlShapeError } from "./xml-shape-error.js";
import { readStructure } from "./xml-structure-reader.js";

// CreateBucket's optional body ([DOC] S3 API reference, CreateBucket, "Request Syntax":
// `<CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LocationConstraint>…`).
const SCHEMA: StructureSchema = {
  name: "CreateBucketConfiguration",
  members: [
    {
      member: "LocationConstraint",
      xmlName: "LocationConstraint",
      required: false,
      value: { kind: "string" },
    },
  ],
};

/**
 * Reads a CreateBucket request body. A server reads it, so the root must be
 * `<CreateBucketConfiguration>` (anything else throws `XmlShapeError`, which a server answers with 400
 * MalformedXML, as S3 does for a body that does not match its schema); other members and unknown
 * elements are ignored. `LocationConstraint` is the element's text as written, not trimmed (whether S3
 * trims it is not recorded: untrimmed, `isLocationConstraint` refuses it). Malformed XML throws
 * `XmlParseError`.
 *
 * @example
 * ```ts
 * parseCreateBucketConfiguration(
 *   "<CreateBucketConfiguration><LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>",
 * ); // { LocationConstraint: "eu-west-1" }
 * ```
 * @public
 */
export function parseCreateBucketConfiguration(
  xml: string | Uint8Array,
  options: XmlReadOptions = {},
): CreateBucketConfiguration {
  const root = parseXml(xml, options.limits);
  if (root.name !== SCHEMA.name) {
    throw new XmlShapeError(root.name, `is not <${SCHEMA.name}>`);
  }
  return readStructure(SCHEMA, root, SCHEMA.name) as CreateBucketConfiguration;
}

/**
 * The CreateBucket body that makes a bucket in `region`, or `undefined` for us-east-1, the one region
 * whose CreateBucket takes no LocationConstraint (S3 API reference, CreateBucket, "LocationConstraint": a
 * bucket is created in us-east-1 when none is given; another region must be named, or S3 answers
 * IllegalLocationConstraintException).
 *
 * @example
 * ```ts
 * serializeCreateBucketConfiguration("eu-west-1");
 * // '<CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>'
 * ```
 * @public
 */
export function serializeCreateBucketConfiguration(region: string): string | undefined {
  if (region === "us-east-1") return undefined;
  return `<${SCHEMA.name} xmlns="${S3_XML_NAMESPACE}"><LocationConstraint>${escapeXmlText(region)}</LocationConstraint></${SCHEMA.name}>`;
}
