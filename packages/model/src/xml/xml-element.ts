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
  /**
   * The character-data nodes `text` is made of, in document order: each run of text between two
   * pieces of markup, and each CDATA section, is one node (an empty CDATA section is `""`). Absent when
   * the element has no character data. Readers that treat whitespace between child elements
   * differently from text (as @aws-sdk/client-s3 does) need the nodes, not just their concatenation.
   */
  textNodes?: string[] | undefined;
}
