/**
 * Whether a code point may appear in an XML 1.0 document (XML 1.0, section 2.2 "Characters": tab, LF,
 * CR, U+0020-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF).
 *
 * @internal
 */
export function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}
