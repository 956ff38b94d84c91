import type { StructureSchema, ValueSchema } from "../schema/inventory-schema.js";
import type { XmlElement } from "../xml/xml-element.js";
import { XmlShapeError } from "./xml-shape-error.js";

// Reads element trees into SDK-shaped values by walking the declarative schema, reproducing what
// @aws-sdk/client-s3 3.1175.0 makes of the same bytes (@aws-sdk/xml-builder `parseXML`, @smithy/core
// `getValueFromTextNode`, @aws-sdk/core `XmlShapeDeserializer.readSchema`; differential tests in
// *.sdk.test.ts). It parses what a server sent, so it is lenient where the SDK is:
// - member order does not matter, unknown elements and attributes are ignored, the root name is not checked;
// - text that is only whitespace and contains a line break reads as "" (pretty-printing is not data);
// - a structure element that also holds text other than such whitespace, or that appears twice,
//   reads as an empty structure; an empty or text-only list reads as []; of a list given twice, the
//   first is read; `IsEnabled` is true exactly when the text is "true" in any case.
// Where the SDK throws (child elements or attributes but no text where text is expected, a scalar
// given twice) this throws an XmlShapeError. Strict S3 validation is src/validation's job.

/** What the SDK sees for one element after `getValueFromTextNode`: a string, or an object of children. */
type SdkNodeView = { readonly text: string } | { readonly element: XmlElement };

function isFormattingWhitespace(text: string): boolean {
  return text.includes("\n") && text.trim() === "";
}

function viewOf(element: XmlElement): SdkNodeView {
  const hasAttributes = Object.keys(element.attributes).length > 0;
  if (!hasAttributes && element.children.length === 0) {
    return { text: isFormattingWhitespace(element.text) ? "" : element.text };
  }
  const kept = (element.textNodes ?? []).filter((node) => !isFormattingWhitespace(node));
  return kept.length > 0 ? { text: kept.join("") } : { element };
}

/**
 * Reads the members of `schema` from the children of `element` (the element's own name, text and
 * attributes are not looked at: this is how the SDK treats a document's root).
 *
 * @internal
 */
export function readStructure(
  schema: StructureSchema,
  element: XmlElement,
  path: string,
): Record<string, unknown> {
  const byName = new Map<string, XmlElement[]>();
  for (const child of element.children) {
    const same = byName.get(child.name);
    if (same) same.push(child);
    else byName.set(child.name, [child]);
  }
  const value: Record<string, unknown> = {};
  for (const member of schema.members) {
    const elements = byName.get(member.xmlName);
    if (elements) value[member.member] = readValue(member.value, elements, `${path}.${member.xmlName}`);
  }
  return value;
}

/**
 * Reads one member from the elements that carry it (usually one; more when it is repeated).
 *
 * @internal
 */
export function readValue(schema: ValueSchema, elements: readonly XmlElement[], path: string): unknown {
  const first = elements[0];
  if (!first) throw new XmlShapeError(path, "no element to read");
  switch (schema.kind) {
    case "structure": {
      if (elements.length > 1) return {};
      const view = viewOf(first);
      return "element" in view ? readStructure(schema.shape, view.element, path) : {};
    }
    case "list": {
      const view = viewOf(first);
      if (!("element" in view)) return [];
      const itemPath = `${path}.${schema.itemXmlName}`;
      return view.element.children
        .filter((child) => child.name === schema.itemXmlName)
        .map((child) => readValue(schema.item, [child], itemPath));
    }
    default: {
      if (elements.length > 1) throw new XmlShapeError(path, `appears ${elements.length} times`);
      const view = viewOf(first);
      if ("element" in view) {
        throw new XmlShapeError(
          path,
          "holds child elements or attributes but no text, where text is expected",
        );
      }
      return schema.kind === "boolean" ? view.text.toLowerCase() === "true" : view.text;
    }
  }
}

/**
 * The text the SDK reads from a scalar element, or `undefined` when it holds child elements or
 * attributes but no text.
 *
 * @internal
 */
export function readText(element: XmlElement): string | undefined {
  const view = viewOf(element);
  return "element" in view ? undefined : view.text;
}
