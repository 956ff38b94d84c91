import { InventoryFormat } from "../enums/inventory-format.js";
import { InventoryFrequency } from "../enums/inventory-frequency.js";
import { InventoryIncludedObjectVersions } from "../enums/inventory-included-object-versions.js";
import { InventoryOptionalField } from "../enums/inventory-optional-field.js";

// One declarative description of the inventory documents, read from the S3 service model
// (aws/api-models-aws s3-2006-03-01.json and botocore service-2.json; evidence:configuration-members).
// The writer, the reader and S3's validation rules are all driven by it, so a member's XML name,
// requiredness or enum values are written down exactly once.

/**
 * The type of one member's value.
 *
 * @example
 * ```ts
 * const describe = (value: ValueSchema): string => (value.kind === "enum" ? value.values.join("|") : value.kind);
 * ```
 * @public
 */
export type ValueSchema =
  | { readonly kind: "string" }
  | { readonly kind: "boolean" }
  | { readonly kind: "enum"; readonly values: readonly string[] }
  | { readonly kind: "structure"; readonly shape: StructureSchema }
  /** A wrapped (not flattened) list: `<OptionalFields><Field>…</Field></OptionalFields>`. */
  | { readonly kind: "list"; readonly itemXmlName: string; readonly item: ValueSchema };

/**
 * One member of a structure: its property name in the SDK shapes, its element name on the wire.
 *
 * @example
 * ```ts
 * const id = INVENTORY_CONFIGURATION_SCHEMA.members.find((m: MemberSchema) => m.member === "Id");
 * id?.required; // true
 * ```
 * @public
 */
export interface MemberSchema {
  readonly member: string;
  readonly xmlName: string;
  readonly required: boolean;
  readonly value: ValueSchema;
}

/**
 * A structure, members in the S3 model's order (the order S3's documentation shows and, by this
 * project's choice, the order the mock writes responses in).
 *
 * @example
 * ```ts
 * const elementNames = (shape: StructureSchema) => shape.members.map((m) => m.xmlName);
 * elementNames(INVENTORY_CONFIGURATION_SCHEMA)[0]; // "Destination"
 * ```
 * @public
 */
export interface StructureSchema {
  readonly name: string;
  readonly members: readonly MemberSchema[];
}

const string = { kind: "string" } as const;
const member = (name: string, value: ValueSchema, required = false, xmlName = name): MemberSchema => ({
  member: name,
  xmlName,
  required,
  value,
});
const structure = (shape: StructureSchema): ValueSchema => ({ kind: "structure", shape });
const enumOf = (values: Record<string, string>): ValueSchema => ({
  kind: "enum",
  values: Object.values(values),
});

const SSES3_SCHEMA: StructureSchema = { name: "SSES3", members: [] };
const SSEKMS_SCHEMA: StructureSchema = { name: "SSEKMS", members: [member("KeyId", string, true)] };

const ENCRYPTION_SCHEMA: StructureSchema = {
  name: "InventoryEncryption",
  members: [
    member("SSES3", structure(SSES3_SCHEMA), false, "SSE-S3"),
    member("SSEKMS", structure(SSEKMS_SCHEMA), false, "SSE-KMS"),
  ],
};

const S3_BUCKET_DESTINATION_SCHEMA: StructureSchema = {
  name: "InventoryS3BucketDestination",
  members: [
    member("AccountId", string),
    member("Bucket", string, true),
    member("Format", enumOf(InventoryFormat), true),
    member("Prefix", string),
    member("Encryption", structure(ENCRYPTION_SCHEMA)),
  ],
};

/**
 * The `InventoryConfiguration` document (Put body, Get response, List item).
 *
 * @example
 * ```ts
 * INVENTORY_CONFIGURATION_SCHEMA.members.filter((m) => m.required).map((m) => m.xmlName);
 * // ["Destination", "IsEnabled", "Id", "IncludedObjectVersions", "Schedule"]
 * ```
 * @public
 */
export const INVENTORY_CONFIGURATION_SCHEMA: StructureSchema = {
  name: "InventoryConfiguration",
  members: [
    member(
      "Destination",
      structure({
        name: "InventoryDestination",
        members: [member("S3BucketDestination", structure(S3_BUCKET_DESTINATION_SCHEMA), true)],
      }),
      true,
    ),
    member("IsEnabled", { kind: "boolean" }, true),
    member("Filter", structure({ name: "InventoryFilter", members: [member("Prefix", string, true)] })),
    member("Id", string, true),
    member("IncludedObjectVersions", enumOf(InventoryIncludedObjectVersions), true),
    member("OptionalFields", { kind: "list", itemXmlName: "Field", item: enumOf(InventoryOptionalField) }),
    member(
      "Schedule",
      structure({
        name: "InventorySchedule",
        members: [member("Frequency", enumOf(InventoryFrequency), true)],
      }),
      true,
    ),
  ],
};

/**
 * The order @aws-sdk/client-s3 3.1175.0 writes a structure's members in: required members first, then
 * the others, each group in model order (smithy-typescript SchemaGenerator; pinned by the sdk-oracle test).
 * Writing in this order makes this project's request bytes equal the SDK's.
 *
 * @example
 * ```ts
 * sdkMemberOrder(INVENTORY_CONFIGURATION_SCHEMA).map((m) => m.xmlName);
 * // ["Destination", "IsEnabled", "Id", "IncludedObjectVersions", "Schedule", "Filter", "OptionalFields"]
 * ```
 * @public
 */
export function sdkMemberOrder(schema: StructureSchema): readonly MemberSchema[] {
  return [...schema.members.filter((m) => m.required), ...schema.members.filter((m) => !m.required)];
}
