import { escapeXmlText } from "@s3-inventory/model";

// XML 1.0 cannot carry most control characters, even escaped: they are dropped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/**
 * Text safe inside XML or HTML content and quoted attributes: the model's escaping (entities for
 * `& < > " '`, character references for line ends), and the control characters XML forbids dropped.
 *
 * @internal
 */
export function escapeMarkup(text: string): string {
  return escapeXmlText(text.replace(XML_FORBIDDEN, ""));
}
