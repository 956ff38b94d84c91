/**
 * Why a document was refused by {@link parseXml}.
 * - `too-large`: over `maxBytes`; refused before any parsing.
 * - `too-deep`: elements nested deeper than `maxDepth`.
 * - `too-many-elements`: more than `maxElements` elements.
 * - `doctype`: a DOCTYPE declaration. Refused outright, so no entity (internal or external) can ever
 *   be defined or expanded: the billion-laughs and XXE attacks have nothing to work with.
 * - `unknown-entity`: a reference other than the five predefined entities and character references.
 * - `invalid-encoding`: bytes that are not UTF-8, or characters XML 1.0 forbids.
 * - `malformed`: anything else that is not well-formed XML.
 *
 * @example
 * ```ts
 * const retryable = (reason: XmlParseErrorReason) => reason !== "too-large";
 * ```
 * @public
 */
export type XmlParseErrorReason =
  | "too-large"
  | "too-deep"
  | "too-many-elements"
  | "doctype"
  | "unknown-entity"
  | "invalid-encoding"
  | "malformed";

/**
 * The typed error every refused document gives: never a crash, never a hang.
 *
 * @example
 * ```ts
 * declare const body: string;
 * try {
 *   parseXml(body);
 * } catch (error) {
 *   if (error instanceof XmlParseError && error.reason === "doctype") console.warn("DTDs are not accepted");
 * }
 * ```
 * @public
 */
export class XmlParseError extends Error {
  override readonly name = "XmlParseError";
  readonly reason: XmlParseErrorReason;
  /** Character offset where the problem was found, when there is one. */
  readonly offset: number | undefined;

  constructor(reason: XmlParseErrorReason, message: string, offset?: number) {
    super(offset === undefined ? message : `${message} (at offset ${offset})`);
    this.reason = reason;
    this.offset = offset;
  }
}
