/**
 * One element of a parsed XML document. `text` is the element's own character data (text and CDATA
 * directly inside it, entities decoded); child elements are in document order.
 *
 * @example
 * ```ts
 * const root = parseXml("<Schedule><Frequency>Daily</Frequency></Schedule>");
 * root.children[0]?.text; // "Daily"
 * ```
 * @public
 */
export interface XmlElement {
  /** The qualified name as written, e.g. `InventoryConfiguration` or `s3:Id`. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}
