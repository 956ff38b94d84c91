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
 * @internal
 */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * Which order a structure's members are written in.
 *
 * @internal
 */
export type MemberOrder = (schema: StructureSchema) => readonly MemberSchema[];

/**
 * The S3 model's order, used for response documents.
 *
 * @internal
 */
export const MODEL_ORDER: MemberOrder = (schema) => schema.members;

/**
 * The order @aws-sdk/client-s3 3.1175.0 writes request documents in (required members first).
 *
 * @internal
 */
export const SDK_REQUEST_ORDER: MemberOrder = sdkMemberOrder;

/**
 * An element around already-written content; self-closing when the content is empty, as the SDK's
 * XmlNode does.
 *
 * @internal
 */
export function writeElement(name: string, content: string, attributes = ""): string {
  return content === "" ? `<${name}${attributes}/>` : `<${name}${attributes}>${content}</${name}>`;
}

/**
 * An element holding escaped text; always with an end tag, even for "" (the SDK adds a text node).
 *
 * @internal
 */
export function writeTextElement(name: string, text: string): string {
  return `<${name}>${escapeXmlText(text)}</${name}>`;
}

/**
 * The members of one structure value, in `order`, without the structure's own element.
 *
 * @internal
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
 * @internal
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
 * @internal
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
