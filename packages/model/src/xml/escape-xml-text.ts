// The escaping @aws-sdk/xml-builder 3.972.43 (used by @aws-sdk/client-s3 3.1175.0) applies to element
// text (`escape-element.ts`). It is a global replace: every occurrence is escaped, checked by the
// differential tests (an earlier reading of the source as escaping only the first U+2028; the
// pinned package escapes them all). Tab, and every other character, is written
// as is: characters XML 1.0 forbids (e.g. U+0001) are not escaped by the SDK either, and no reader
// (S3's, this project's) accepts them.
const ELEMENT_TEXT_SPECIALS = /[&"'<>\r\n\u0085\u2028]/g;
const ELEMENT_TEXT_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
  "\r": "&#x0D;",
  "\n": "&#x0A;",
  "\u0085": "&#x85;",
  "\u2028": "&#x2028;",
};

/**
 * Escapes text for the content of an XML element exactly as @aws-sdk/client-s3 3.1175.0 does, so that
 * documents written by this project are byte-identical to the SDK's: `& < > " '` become entity
 * references, CR, LF, NEL (U+0085) and LINE SEPARATOR (U+2028) become character references (so they
 * survive XML line-end normalization), everything else is left alone.
 *
 * @example
 * ```ts
 * escapeXmlText(`q"a'b<c>d&e\nf`); // "q&quot;a&apos;b&lt;c&gt;d&amp;e&#x0A;f"
 * ```
 * @public
 */
export function escapeXmlText(text: string): string {
  return text.replace(ELEMENT_TEXT_SPECIALS, (special) => ELEMENT_TEXT_ESCAPES[special] ?? special);
}
