import {
  INVENTORY_CONFIGURATION_SCHEMA,
  type MemberSchema,
  type StructureSchema,
} from "../schema/inventory-schema.js";
import type { ListBucketInventoryConfigurationsOutput } from "../shapes/operations.js";
import { parseXml } from "../xml/parse-xml.js";
import type { XmlReadOptions } from "./inventory-configuration-codec.js";
import { readStructure, readValue } from "./xml-structure-reader.js";
import { MODEL_ORDER, writeDocument, writeMember } from "./xml-structure-writer.js";

// ListBucketInventoryConfigurationsOutput, read from the S3 model (evidence:list-response-document): root
// `ListInventoryConfigurationsResult`, members ContinuationToken, InventoryConfigurationList
// (xmlFlattened: one `<InventoryConfiguration>` element per item, no wrapper), IsTruncated,
// NextContinuationToken. The flattened list is the one member handled by hand.
const ITEMS: MemberSchema = {
  member: "InventoryConfigurationList",
  xmlName: INVENTORY_CONFIGURATION_SCHEMA.name,
  required: false,
  value: { kind: "structure", shape: INVENTORY_CONFIGURATION_SCHEMA },
};
const string = { kind: "string" } as const;
const LIST_RESULT_SCHEMA: StructureSchema = {
  name: "ListInventoryConfigurationsResult",
  members: [
    { member: "ContinuationToken", xmlName: "ContinuationToken", required: false, value: string },
    ITEMS,
    { member: "IsTruncated", xmlName: "IsTruncated", required: false, value: { kind: "boolean" } },
    { member: "NextContinuationToken", xmlName: "NextContinuationToken", required: false, value: string },
  ],
};
const SCALARS: StructureSchema = {
  name: LIST_RESULT_SCHEMA.name,
  members: LIST_RESULT_SCHEMA.members.filter((m) => m !== ITEMS),
};

/**
 * Writes a `<ListInventoryConfigurationsResult>` response body: declaration, newline, root with the S3
 * namespace, members in model order (ContinuationToken, the items, IsTruncated, NextContinuationToken),
 * each item a flattened `<InventoryConfiguration>` with its members in model order. A documented
 * choice: real S3's element order is not recorded (evidence:list-response-document). An empty or
 * absent list writes no item at all, as S3 does for a bucket without configurations.
 *
 * @example
 * ```ts
 * serializeListInventoryConfigurationsResult({ IsTruncated: false });
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<ListInventoryConfigurationsResult
 * //   xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><IsTruncated>false</IsTruncated></ListInventoryConfigurationsResult>'
 * ```
 * @public
 */
export function serializeListInventoryConfigurationsResult(
  output: ListBucketInventoryConfigurationsOutput,
): string {
  const record = output as Record<string, unknown>;
  let content = "";
  for (const member of LIST_RESULT_SCHEMA.members) {
    const value = record[member.member];
    if (value === undefined || value === null) continue;
    if (member !== ITEMS) {
      content += writeMember(member, value, MODEL_ORDER);
      continue;
    }
    for (const item of value as Iterable<unknown>) {
      if (item !== undefined && item !== null) content += writeMember(member, item, MODEL_ORDER);
    }
  }
  return writeDocument(LIST_RESULT_SCHEMA.name, content, "response");
}

/**
 * Reads a `<ListInventoryConfigurationsResult>` body into the SDK's shape, equal to what
 * @aws-sdk/client-s3 3.1175.0 parses: no `InventoryConfigurationList` key when there is no item (not an
 * empty array), a one-element array for one item, `IsTruncated` `"true"` as `true`. Same leniency and
 * errors as `parseInventoryConfiguration`.
 *
 * @example
 * ```ts
 * parseListInventoryConfigurationsResult(
 *   "<ListInventoryConfigurationsResult><IsTruncated>false</IsTruncated></ListInventoryConfigurationsResult>",
 * ); // { IsTruncated: false }
 * ```
 * @public
 */
export function parseListInventoryConfigurationsResult(
  xml: string | Uint8Array,
  options: XmlReadOptions = {},
): ListBucketInventoryConfigurationsOutput {
  const root = parseXml(xml, options.limits);
  const output = readStructure(SCALARS, root, LIST_RESULT_SCHEMA.name);
  const items = root.children.filter((child) => child.name === ITEMS.xmlName);
  if (items.length > 0) {
    const path = `${LIST_RESULT_SCHEMA.name}.${ITEMS.xmlName}`;
    output[ITEMS.member] = items.map((item) => readValue(ITEMS.value, [item], path));
  }
  return output as ListBucketInventoryConfigurationsOutput;
}
