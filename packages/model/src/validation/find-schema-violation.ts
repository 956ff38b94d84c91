import { S3_XML_NAMESPACE } from "../rules/limits.js";
import type { PutValidationRuleId } from "../rules/put-validation-rules.js";
import {
  INVENTORY_CONFIGURATION_SCHEMA,
  type MemberSchema,
  type StructureSchema,
  type ValueSchema,
} from "../schema/inventory-schema.js";
import type { XmlElement } from "../xml/xml-element.js";

// Which rule a wrong enum value breaks, by the member (or list item) that holds it; every rule is in
// the rules table with its recorded case (evidence:put-invalid-format-400 and its siblings).
const ENUM_RULES: Readonly<Record<string, PutValidationRuleId>> = {
  Format: "format-value",
  Frequency: "frequency-value",
  IncludedObjectVersions: "included-object-versions-value",
  OptionalFields: "optional-field-value",
};

/**
 * Stage `schema`, structural part, of S3's Put validation: checks a parsed document against the one
 * schema of src/schema (never a copy of it), depth first in document order, and returns the first rule
 * broken, or `undefined` when the document has S3's shape. Value rules that need the typed
 * configuration (Id, Encryption) are applied after it.
 *
 * @internal
 */
export function findSchemaViolation(root: XmlElement): PutValidationRuleId | undefined {
  // [CHOICE] rules tables `namespace` and `unknown-attribute`: S3's namespace or none, inherited from
  // the root; no attribute but namespace declarations.
  const namespaceViolation = findNamespaceViolation(root, undefined);
  if (namespaceViolation) return namespaceViolation;
  // [INFERRED] rules table `root-element`: S3 API reference request syntax.
  if (root.name !== INVENTORY_CONFIGURATION_SCHEMA.name) return "root-element";
  return findStructureViolation(root, INVENTORY_CONFIGURATION_SCHEMA);
}

function findNamespaceViolation(
  element: XmlElement,
  inherited: string | undefined,
): PutValidationRuleId | undefined {
  if (element.name.includes(":")) return "namespace";
  // [CHOICE] rules table `unknown-attribute`: only namespace declarations.
  if (Object.keys(element.attributes).some((name) => name !== "xmlns" && !name.startsWith("xmlns:"))) {
    return "unknown-attribute";
  }
  const declared = element.attributes["xmlns"];
  const namespace = declared === undefined ? inherited : declared;
  if (namespace !== undefined && namespace !== "" && namespace !== S3_XML_NAMESPACE) return "namespace";
  for (const child of element.children) {
    const violation = findNamespaceViolation(child, namespace);
    if (violation) return violation;
  }
  return undefined;
}

function findStructureViolation(
  element: XmlElement,
  shape: StructureSchema,
): PutValidationRuleId | undefined {
  // [INFERRED] rules table `text-in-structure`: indentation is fine, other text is not.
  if (element.text.trim() !== "") return "text-in-structure";
  const seen = new Set<string>();
  for (const child of element.children) {
    // [INFERRED] rules table `unknown-element`: schema validation; element names are case-sensitive.
    const member = shape.members.find((candidate) => candidate.xmlName === child.name);
    if (!member) return "unknown-element";
    // [INFERRED] rules table `repeated-member`: every member of these structures appears at most once
    // (OptionalFields is a wrapped list: its <Field> items repeat inside one <OptionalFields>).
    if (seen.has(member.xmlName)) return "repeated-member";
    seen.add(member.xmlName);
    const violation = findValueViolation(child, member, member.value);
    if (violation) return violation;
  }
  // [INFERRED] rules table `missing-member`: smithy.api#required at every level.
  if (shape.members.some((member) => member.required && !seen.has(member.xmlName))) return "missing-member";
  return undefined;
}

function findValueViolation(
  element: XmlElement,
  member: MemberSchema,
  value: ValueSchema,
): PutValidationRuleId | undefined {
  switch (value.kind) {
    case "structure":
      return findStructureViolation(element, value.shape);
    case "list":
      if (element.text.trim() !== "") return "text-in-structure";
      for (const item of element.children) {
        if (item.name !== value.itemXmlName) return "unknown-element";
        const violation = findValueViolation(item, member, value.item);
        if (violation) return violation;
      }
      return undefined;
    case "enum":
      if (element.children.length > 0) return "element-in-value";
      // [RECORDED] evidence:put-invalid-format-400 and its siblings; evidence:optional-field-case-sensitive (`Etag`).
      if (!value.values.includes(element.text)) return enumRuleOf(member);
      return undefined;
    case "boolean":
      if (element.children.length > 0) return "element-in-value";
      // [CHOICE] rules table `is-enabled-value`: exactly "true" or "false".
      return element.text === "true" || element.text === "false" ? undefined : "is-enabled-value";
    case "string":
      return element.children.length > 0 ? "element-in-value" : undefined;
  }
}

function enumRuleOf(member: MemberSchema): PutValidationRuleId {
  const rule = ENUM_RULES[member.member];
  if (!rule)
    throw new Error(`No validation rule for the enum member ${member.member}: add one to ENUM_RULES`);
  return rule;
}
