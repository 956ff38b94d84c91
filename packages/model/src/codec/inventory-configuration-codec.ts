import { INVENTORY_CONFIGURATION_SCHEMA } from "../schema/inventory-schema.js";
import type { InventoryConfiguration } from "../shapes/inventory-configuration.js";
import { parseXml, type XmlLimits } from "../xml/parse-xml.js";
import type { XmlElement } from "../xml/xml-element.js";
import { readStructure } from "./xml-structure-reader.js";
import {
  MODEL_ORDER,
  SDK_REQUEST_ORDER,
  writeDocument,
  writeStructureContent,
} from "./xml-structure-writer.js";

/**
 * Which bytes to write:
 * - `request`: exactly what @aws-sdk/client-s3 3.1175.0 sends as a Put body: declaration, no newline,
 *   members required-first at every level (pinned by the sdk-oracle test; checked byte for byte by the
 *   differential tests).
 * - `response`: what this project's mock sends in a Get body: declaration, newline, members in the S3
 *   model's order. A documented choice: the element order of real S3 responses is not recorded
 *   (facts 10, item 9); the newline follows the recorded S3 error body (aws/aws-cli#2355).
 *
 * @example
 * ```ts
 * const style: XmlDocumentStyle = "response";
 * ```
 * @public
 */
export type XmlDocumentStyle = "request" | "response";

/**
 * Options of the codec's parse functions.
 *
 * @example
 * ```ts
 * declare const body: string;
 * parseInventoryConfiguration(body, { limits: { maxBytes: 64 * 1024 } });
 * ```
 * @public
 */
export interface XmlReadOptions {
  /** Bounds for the XML reader; defaults to `DEFAULT_XML_LIMITS`. */
  limits?: Partial<XmlLimits>;
}

/**
 * Writes an `<InventoryConfiguration>` document. Members that are `undefined` or `null` are left out,
 * `SSES3: {}` becomes `<SSE-S3/>`, `OptionalFields: []` becomes `<OptionalFields/>`, `""` becomes
 * `<Prefix></Prefix>`, unknown enum strings are written as given, and text is escaped like the SDK
 * escapes it. No validation: S3's rules are `validatePutBucketInventoryConfiguration`'s job.
 *
 * @example
 * ```ts
 * serializeInventoryConfiguration({
 *   Destination: { S3BucketDestination: { Bucket: "arn:aws:s3:::dest", Format: "CSV" } },
 *   IsEnabled: true,
 *   Id: "report-1",
 *   IncludedObjectVersions: "All",
 *   Schedule: { Frequency: "Daily" },
 * });
 * // '<?xml version="1.0" encoding="UTF-8"?><InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
 * //  <Destination><S3BucketDestination><Bucket>arn:aws:s3:::dest</Bucket><Format>CSV</Format></S3BucketDestination>
 * //  </Destination><IsEnabled>true</IsEnabled><Id>report-1</Id>…' (one line)
 * ```
 * @public
 */
export function serializeInventoryConfiguration(
  configuration: InventoryConfiguration,
  style: XmlDocumentStyle = "request",
): string {
  const order = style === "request" ? SDK_REQUEST_ORDER : MODEL_ORDER;
  const content = writeStructureContent(INVENTORY_CONFIGURATION_SCHEMA, configuration, order);
  return writeDocument(INVENTORY_CONFIGURATION_SCHEMA.name, content, style);
}

/**
 * Reads an `<InventoryConfiguration>` document (a Get response body, or a Put body before strict
 * validation) into the SDK's shape, the same value @aws-sdk/client-s3 3.1175.0 parses from the same
 * bytes: any member order, unknown elements ignored, `<IsEnabled>TRUE</IsEnabled>` is `true`,
 * `<OptionalFields/>` is `[]`, `<Prefix></Prefix>` is `""`. Unsafe or malformed XML throws
 * `XmlParseError` (see its `reason`); content the SDK cannot read either throws `XmlShapeError`.
 *
 * @example
 * ```ts
 * const configuration = parseInventoryConfiguration(
 *   "<InventoryConfiguration><Id>report-1</Id><IsEnabled>true</IsEnabled></InventoryConfiguration>",
 * );
 * configuration.IsEnabled; // true
 * ```
 * @public
 */
export function parseInventoryConfiguration(
  xml: string | Uint8Array,
  options: XmlReadOptions = {},
): InventoryConfiguration {
  return inventoryConfigurationFromXml(parseXml(xml, options.limits));
}

/**
 * Reads an already-parsed `<InventoryConfiguration>` element, with the same leniency as
 * {@link parseInventoryConfiguration}. For code that inspects the element tree first, such as S3's
 * validation, and then wants the value.
 *
 * @example
 * ```ts
 * declare const body: string;
 * const root = parseXml(body);
 * // … check root against INVENTORY_CONFIGURATION_SCHEMA …
 * const configuration = inventoryConfigurationFromXml(root);
 * ```
 * @public
 */
export function inventoryConfigurationFromXml(element: XmlElement): InventoryConfiguration {
  return readStructure(
    INVENTORY_CONFIGURATION_SCHEMA,
    element,
    INVENTORY_CONFIGURATION_SCHEMA.name,
  ) as unknown as InventoryConfiguration;
}
