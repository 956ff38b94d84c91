import { S3_XML_NAMESPACE } from "../rules/limits.js";
import {
  type MemberSchema,
  type StructureSchema,
  sdkMemberOrder,
  type ValueSchema,
} from "../schema/inventory-schema.js";
import { escapeXmlText } from "../xml/escape-xml-text.js";

// Writes values as restXml by walking the declarative schema (src/schema/inventory-schema.ts), the way
// @aws-sdk/core's XmlShapeSerializer (3.1175.0) does: members whose value is undefined or null are
// omitted, a structure or list with no content is self-closing (`<SSE-S3/>`, `<OptionalFields/>`), a
// scalar always gets an end tag (`<Prefix></Prefix>` for ""), scalars are written with String(value),
// null list items are skipped, and properties the schema does not know are ignored.

/**
 * The XML declaration every S3 document starts with.
 *
 * @example
 * ```ts
 * XML_DECLARATION + "\n" + body;
 * ```
 */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * Which order a structure's members are written in.
 *
 * @example
 * ```ts
 * const order: MemberOrder = (schema) => schema.members;
 * ```
 */
export type MemberOrder = (schema: StructureSchema) => readonly MemberSchema[];

/**
 * The S3 model's order, used for response documents.
 *
 * @example
 * ```ts
 * writeStructureContent(schema, value, MODEL_ORDER);
 * ```
 */
export const MODEL_ORDER: MemberOrder = (schema) => schema.members;

/**
 * The order @aws-sdk/client-s3 3.1175.0 writes request documents in (required members first).
 *
 * @example
 * ```ts
 * writeStructureContent(schema, value, SDK_REQUEST_ORDER);
 * ```
 */
export const SDK_REQUEST_ORDER: MemberOrder = sdkMemberOrder;

/**
 * An element around already-written content; self-closing when the content is empty, as the SDK's
 * XmlNode does.
 *
 * @example
 * ```ts
 * writeElement("Encryption", "<SSE-S3/>"); // "<Encryption><SSE-S3/></Encryption>"
 * writeElement("SSE-S3", ""); // "<SSE-S3/>"
 * ```
 */
export function writeElement(name: string, content: string, attributes = ""): string {
  return content === "" ? `<${name}${attributes}/>` : `<${name}${attributes}>${content}</${name}>`;
}

/**
 * An element holding escaped text; always with an end tag, even for "" (the SDK adds a text node).
 *
 * @example
 * ```ts
 * writeTextElement("Prefix", "a&b"); // "<Prefix>a&amp;b</Prefix>"
 * ```
 */
export function writeTextElement(name: string, text: string): string {
  return `<${name}>${escapeXmlText(text)}</${name}>`;
}

/**
 * The members of one structure value, in `order`, without the structure's own element.
 *
 * @example
 * ```ts
 * writeStructureContent(INVENTORY_CONFIGURATION_SCHEMA, configuration, MODEL_ORDER);
 * ```
 */
export function writeStructureContent(schema: StructureSchema, value: unknown, order: MemberOrder): string {
  const record = (value ?? {}) as Record<string, unknown>;
  let content = "";
  for (const member of order(schema)) {
    const memberValue = record[member.member];
    if (memberValue !== undefined && memberValue !== null) content += writeMember(member, memberValue, order);
  }
  return content;
}

/**
 * One member with a non-null value, as its element.
 *
 * @example
 * ```ts
 * writeMember(schema.members[1], true, MODEL_ORDER); // "<IsEnabled>true</IsEnabled>"
 * ```
 */
export function writeMember(member: MemberSchema, value: unknown, order: MemberOrder): string {
  return writeValue(member.xmlName, member.value, value, order);
}

function writeValue(name: string, schema: ValueSchema, value: unknown, order: MemberOrder): string {
  switch (schema.kind) {
    case "structure":
      return writeElement(name, writeStructureContent(schema.shape, value, order));
    case "list": {
      let items = "";
      for (const item of value as Iterable<unknown>) {
        if (item !== undefined && item !== null)
          items += writeValue(schema.itemXmlName, schema.item, item, order);
      }
      return writeElement(name, items);
    }
    default:
      return writeTextElement(name, String(value));
  }
}

/**
 * A whole document: declaration, then (for responses) a newline, then the root element carrying the S3
 * namespace (`null`: none). Requests match the SDK's bytes (no newline); responses follow the recorded S3 error body
 * layout (aws/aws-cli#2355: declaration, newline, compact XML).
 *
 * @example
 * ```ts
 * writeDocument("InventoryConfiguration", content, "request");
 * // '<?xml version="1.0" encoding="UTF-8"?><InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">…'
 * ```
 */
export function writeDocument(
  rootName: string,
  content: string,
  style: "request" | "response",
  namespace: string | null = S3_XML_NAMESPACE,
): string {
  const attributes = namespace === null ? "" : ` xmlns="${namespace}"`;
  const separator = style === "request" ? "" : "\n";
  return XML_DECLARATION + separator + writeElement(rootName, content, attributes);
}
