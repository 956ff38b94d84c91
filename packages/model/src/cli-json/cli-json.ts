import {
  INVENTORY_CONFIGURATION_SCHEMA,
  type StructureSchema,
  type ValueSchema,
} from "../schema/inventory-schema.js";
import type { InventoryConfiguration } from "../shapes/inventory-configuration.js";
import { CliJsonError } from "./cli-json-error.js";

// The AWS CLI's `--inventory-configuration` JSON uses the SDK's member names (SSES3, SSEKMS, not the
// XML names SSE-S3, SSE-KMS) and JSON types (IsEnabled a boolean, OptionalFields an array), as the CLI
// reference's "JSON Syntax" shows (seed: put-bucket-inventory-configuration). Checking mirrors botocore's
// ParamValidator (botocore/validate.py): unknown members, missing required members and wrong types are
// errors, all reported at once; enum values are not checked client-side, so unknown ones pass through.

const PARAMETER = "--inventory-configuration";
// The model marks SSEKMSKeyId `sensitive` (evidence:encryption-members): its value never reaches a message.
const SENSITIVE_MEMBERS = new Set(["KeyId"]);

/**
 * Reads the AWS CLI's `--inventory-configuration` JSON (text, or an already-parsed value) into an
 * `InventoryConfiguration`. Throws `CliJsonError` for invalid JSON or a wrong shape, listing every
 * problem the way botocore words it.
 *
 * @example
 * ```ts
 * // The seed's example 1 (AWS CLI reference, put-bucket-inventory-configuration).
 * const configuration = fromCliJson(
 *   '{"Destination": { "S3BucketDestination": { "AccountId": "123456789012", "Bucket": "arn:aws:s3:::amzn-s3-demo-bucket", "Format": "ORC" }}, "IsEnabled": true, "Id": "1", "IncludedObjectVersions": "Current", "Schedule": { "Frequency": "Weekly" }}',
 * );
 * configuration.Schedule?.Frequency; // "Weekly"
 * ```
 * @public
 */
export function fromCliJson(json: string | unknown): InventoryConfiguration {
  const value = typeof json === "string" ? parseJson(json) : json;
  const problems: string[] = [];
  const configuration = readValue(
    { kind: "structure", shape: INVENTORY_CONFIGURATION_SCHEMA },
    value,
    INVENTORY_CONFIGURATION_SCHEMA.name,
    problems,
  );
  if (problems.length > 0) throw new CliJsonError(problems);
  return configuration as InventoryConfiguration;
}

/**
 * Writes an `InventoryConfiguration` as the AWS CLI's `--inventory-configuration` JSON: members in the
 * S3 model's order (the order of the CLI reference), `undefined` and `null` members left out. Compact
 * by default, ready to paste into a shell; pass `space` to indent.
 *
 * @example
 * ```ts
 * toCliJson({ Id: "1", IsEnabled: true, Destination: undefined, IncludedObjectVersions: "Current", Schedule: { Frequency: "Daily" } });
 * // '{"IsEnabled":true,"Id":"1","IncludedObjectVersions":"Current","Schedule":{"Frequency":"Daily"}}'
 * ```
 * @public
 */
export function toCliJson(configuration: InventoryConfiguration, options: { space?: number } = {}): string {
  return JSON.stringify(plainStructure(INVENTORY_CONFIGURATION_SCHEMA, configuration), null, options.space);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // JSON.parse's message may quote the input, which may hold a KMS key id: keep only the position.
    const position = /position (\d+)/.exec(String(error))?.[1];
    const where = position === undefined ? "" : ` at position ${position}`;
    throw new CliJsonError([`Error parsing parameter '${PARAMETER}': Invalid JSON${where}`]);
  }
}

const JSON_TYPE: Record<ValueSchema["kind"], string> = {
  structure: "object",
  list: "array",
  string: "string",
  enum: "string",
  boolean: "boolean",
};

function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value === "object" ? "object" : typeof value;
}

function readValue(schema: ValueSchema, value: unknown, path: string, problems: string[]): unknown {
  if (jsonTypeOf(value) !== JSON_TYPE[schema.kind]) {
    const member = path.slice(path.lastIndexOf(".") + 1).replace(/\[\d+\]$/, "");
    const shown = SENSITIVE_MEMBERS.has(member) ? "<redacted>" : preview(value);
    problems.push(
      `Invalid type for parameter ${path}, value: ${shown}, type: ${jsonTypeOf(value)}, valid types: ${JSON_TYPE[schema.kind]}`,
    );
    return undefined;
  }
  switch (schema.kind) {
    case "structure":
      return readStructure(schema.shape, value as Record<string, unknown>, path, problems);
    case "list":
      return (value as unknown[]).map((item, index) =>
        readValue(schema.item, item, `${path}[${index}]`, problems),
      );
    default:
      return value;
  }
}

function readStructure(
  schema: StructureSchema,
  value: Record<string, unknown>,
  path: string,
  problems: string[],
): Record<string, unknown> {
  const known = new Set(schema.members.map((m) => m.member));
  for (const key of Object.keys(value)) {
    if (!known.has(key)) {
      const names = schema.members.map((m) => m.member).join(", ");
      problems.push(`Unknown parameter in ${path}: "${key}", must be one of: ${names}`);
    }
  }
  const result: Record<string, unknown> = {};
  for (const member of schema.members) {
    if (!Object.hasOwn(value, member.member)) {
      if (member.required) problems.push(`Missing required parameter in ${path}: "${member.member}"`);
      continue;
    }
    result[member.member] = readValue(
      member.value,
      value[member.member],
      `${path}.${member.member}`,
      problems,
    );
  }
  return result;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function plainStructure(schema: StructureSchema, value: unknown): Record<string, unknown> {
  const record = (value ?? {}) as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const member of schema.members) {
    const memberValue = record[member.member];
    if (memberValue !== undefined && memberValue !== null)
      result[member.member] = plainValue(member.value, memberValue);
  }
  return result;
}

function plainValue(schema: ValueSchema, value: unknown): unknown {
  switch (schema.kind) {
    case "structure":
      return plainStructure(schema.shape, value);
    case "list":
      return [...(value as Iterable<unknown>)]
        .filter((item) => item != null)
        .map((item) => plainValue(schema.item, item));
    default:
      return value;
  }
}
