/**
 * Orders two strings as their UTF-8 bytes compare, which is how S3 sorts keys and configuration Ids
 * (evidence:list-sorted-by-id: `a-test`, `test-1`, `z-test`; evidence:list-byte-order; [DOC] S3 lists "in UTF-8 binary
 * order"). UTF-16 code-unit order (`<`) differs from it only for characters above U+FFFF against
 * U+E000-U+FFFF, so those are compared by code point.
 *
 * @internal
 */
export function compareByteOrder(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const px = a.codePointAt(i) ?? x;
      const py = b.codePointAt(i) ?? y;
      return px < py ? -1 : 1;
    }
  }
  return a.length - b.length;
}
