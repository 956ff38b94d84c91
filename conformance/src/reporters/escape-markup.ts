// XML 1.0 cannot carry most control characters, even escaped: they are dropped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/**
 * Text safe inside XML or HTML content and quoted attributes: `<>&"'` as character references, and the
 * control characters XML forbids dropped.
 *
 * @example
 * escapeMarkup('a<b & "c"'); // "a&#60;b &#38; &#34;c&#34;"
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(XML_FORBIDDEN, "");
}
