import { isXmlChar } from "./is-xml-char.js";
import type { XmlElement } from "./xml-element.js";
import { XmlParseError } from "./xml-parse-error.js";

/**
 * Bounds {@link parseXml} enforces. The defaults fit S3 configuration documents with a wide margin:
 * a List page of 100 full configurations is about 150 KB and 7 levels deep.
 *
 * @example
 * ```ts
 * declare const body: string;
 * const limits: Partial<XmlLimits> = { maxBytes: 64 * 1024 }; // the rest from DEFAULT_XML_LIMITS
 * parseXml(body, limits);
 * ```
 * @public
 */
export interface XmlLimits {
  /** Largest document accepted, in UTF-8 bytes. Default 4 MiB. */
  maxBytes: number;
  /** Deepest element nesting accepted (the root is depth 1). Default 64. */
  maxDepth: number;
  /** Most elements accepted in one document. Default 100,000. */
  maxElements: number;
}

/**
 * The limits used when none are given.
 *
 * @example
 * ```ts
 * declare const body: string;
 * parseXml(body, { ...DEFAULT_XML_LIMITS, maxDepth: 16 });
 * ```
 * @public
 */
export const DEFAULT_XML_LIMITS: Readonly<XmlLimits> = Object.freeze({
  maxBytes: 4 * 1024 * 1024,
  maxDepth: 64,
  maxElements: 100_000,
});

const PREDEFINED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const NAME_PATTERN = /^[A-Za-z_:][A-Za-z0-9_:.-]*$/;
const ATTRIBUTE_PATTERN = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/gy;
// Hoisted: a regular expression literal inside a function is a new object on every call.
const WHITESPACE = /\s/;
const SPACES = /\s*/y;
// Characters XML 1.0 forbids anywhere in a document (section 2.2): C0 controls but tab, LF and CR,
// lone surrogates and U+FFFE/U+FFFF.
const FORBIDDEN_CHARACTER =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Parses an XML document into an element tree, refusing anything unsafe or malformed with an
 * {@link XmlParseError}: DOCTYPE declarations (so no entity expansion of any kind), unknown entities,
 * documents over the size, depth or element-count limits, invalid UTF-8 and forbidden characters.
 * Comments, processing instructions and the XML declaration are skipped; CDATA is text.
 *
 * Runs in time linear in the input and never recurses, so hostile input cannot exhaust the stack.
 *
 * @example
 * ```ts
 * const root = parseXml('<?xml version="1.0"?><Filter><Prefix>a&amp;b</Prefix></Filter>');
 * root.name; // "Filter"
 * root.children[0]?.text; // "a&b"
 * ```
 * @public
 */
export function parseXml(input: string | Uint8Array, limits: Partial<XmlLimits> = {}): XmlElement {
  const { maxBytes, maxDepth, maxElements } = { ...DEFAULT_XML_LIMITS, ...limits };
  const text = decode(input, maxBytes);
  const bad = FORBIDDEN_CHARACTER.exec(text);
  if (bad) throw new XmlParseError("invalid-encoding", "Character not allowed in XML", bad.index);

  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let elementCount = 0;
  let position = 0;

  while (position < text.length) {
    const open = text.indexOf("<", position);
    const textEnd = open === -1 ? text.length : open;
    if (textEnd > position) appendText(stack, text, position, textEnd, root !== undefined);
    if (open === -1) break;
    position = open;

    if (text.startsWith("<?", position)) {
      position = skipPast(text, "?>", position);
    } else if (text.startsWith("<!--", position)) {
      position = skipPast(text, "-->", position);
    } else if (text.startsWith("<![CDATA[", position)) {
      const end = text.indexOf("]]>", position + 9);
      if (end === -1) throw new XmlParseError("malformed", "Unterminated CDATA section", position);
      const parent = stack[stack.length - 1];
      if (!parent) throw new XmlParseError("malformed", "CDATA outside the root element", position);
      addText(parent, text.slice(position + 9, end));
      position = end + 3;
    } else if (text.startsWith("<!", position)) {
      const doctype = text.startsWith("<!DOCTYPE", position);
      throw new XmlParseError(
        doctype ? "doctype" : "malformed",
        doctype ? "DOCTYPE declarations are not accepted" : "Unexpected markup declaration",
        position,
      );
    } else if (text.startsWith("</", position)) {
      const end = text.indexOf(">", position);
      if (end === -1) throw new XmlParseError("malformed", "Unterminated end tag", position);
      const name = text.slice(position + 2, end).trim();
      const element = stack.pop();
      if (!element || element.name !== name) {
        throw new XmlParseError("malformed", `End tag </${name}> does not match the open element`, position);
      }
      position = end + 1;
    } else {
      const end = findTagEnd(text, position);
      const selfClosing = text[end - 1] === "/";
      const body = text.slice(position + 1, selfClosing ? end - 1 : end);
      const element = parseStartTag(body, position);
      elementCount += 1;
      if (elementCount > maxElements) {
        throw new XmlParseError("too-many-elements", `More than ${maxElements} elements`, position);
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) throw new XmlParseError("malformed", "More than one root element", position);
      else root = element;
      if (!selfClosing) {
        stack.push(element);
        if (stack.length > maxDepth) {
          throw new XmlParseError("too-deep", `Elements nested deeper than ${maxDepth}`, position);
        }
      }
      position = end + 1;
    }
  }

  if (stack.length > 0)
    throw new XmlParseError("malformed", `Unclosed element <${stack[stack.length - 1]?.name}>`);
  if (!root) throw new XmlParseError("malformed", "No root element");
  return root;
}

function decode(input: string | Uint8Array, maxBytes: number): string {
  return normalizeLineEnds(decodeCharacters(input, maxBytes));
}

// XML 1.0 section 2.11: a parser must pass "\r\n" and a lone "\r" on as "\n" (a carriage return in
// a value survives only as the reference &#xD;, which the writer emits). The SDK's parser does the same.
function normalizeLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

function decodeCharacters(input: string | Uint8Array, maxBytes: number): string {
  if (typeof input === "string") {
    // A UTF-16 string of n code units is at most 3n UTF-8 bytes: only measure when it could matter.
    if (input.length * 3 > maxBytes && Buffer.byteLength(input, "utf8") > maxBytes) {
      throw new XmlParseError("too-large", `Document larger than ${maxBytes} bytes`);
    }
    return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }
  if (input.byteLength > maxBytes)
    throw new XmlParseError("too-large", `Document larger than ${maxBytes} bytes`);
  try {
    return utf8.decode(input);
  } catch {
    throw new XmlParseError("invalid-encoding", "Document is not valid UTF-8");
  }
}

function appendText(stack: XmlElement[], text: string, start: number, end: number, afterRoot: boolean): void {
  const raw = text.slice(start, end);
  const parent = stack[stack.length - 1];
  if (!parent) {
    if (raw.trim() !== "") {
      throw new XmlParseError(
        "malformed",
        afterRoot ? "Text after the root element" : "Text before the root element",
        start,
      );
    }
    return;
  }
  if (raw.includes(">") && raw.includes("]]>"))
    throw new XmlParseError("malformed", "']]>' in character data", start);
  addText(parent, decodeEntities(raw, start));
}

function addText(element: XmlElement, value: string): void {
  element.text += value;
  if (element.textNodes) element.textNodes.push(value);
  else element.textNodes = [value];
}

function skipPast(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from + 2);
  if (end === -1) throw new XmlParseError("malformed", `Missing '${terminator}'`, from);
  return end + terminator.length;
}

function findTagEnd(text: string, from: number): number {
  let quote: string | undefined;
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === "<") {
      throw new XmlParseError("malformed", "'<' inside a tag", i);
    } else if (c === ">") {
      return i;
    }
  }
  throw new XmlParseError("malformed", "Unterminated start tag", from);
}

function parseStartTag(body: string, offset: number): XmlElement {
  const nameEnd = WHITESPACE.test(body) ? body.search(WHITESPACE) : body.length;
  const name = nameEnd === body.length ? body : body.slice(0, nameEnd);
  if (!NAME_PATTERN.test(name))
    throw new XmlParseError("malformed", `Invalid element name '${name}'`, offset);
  const attributes: Record<string, string> = {};
  // Every element gets the same shape (textNodes included), so V8 keeps one hidden class for all.
  const element: XmlElement = { name, attributes, children: [], text: "", textNodes: undefined };
  if (nameEnd === body.length) return element;
  const rest = body.slice(nameEnd);
  let index = 0;
  while (index < rest.length) {
    SPACES.lastIndex = index;
    SPACES.exec(rest);
    index = SPACES.lastIndex;
    if (index >= rest.length) break;
    ATTRIBUTE_PATTERN.lastIndex = index;
    const match = ATTRIBUTE_PATTERN.exec(rest);
    if (!match || match.index !== index)
      throw new XmlParseError("malformed", `Invalid attribute in <${name}>`, offset);
    const attributeName = match[1] ?? "";
    if (!NAME_PATTERN.test(attributeName) || attributeName in attributes) {
      throw new XmlParseError("malformed", `Invalid or repeated attribute '${attributeName}'`, offset);
    }
    const value = match[3] ?? match[4] ?? "";
    if (value.includes("<")) throw new XmlParseError("malformed", "'<' in an attribute value", offset);
    attributes[attributeName] = decodeEntities(value, offset);
    index = ATTRIBUTE_PATTERN.lastIndex;
  }
  return element;
}

function decodeEntities(raw: string, offset: number): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&([^;&<>\s]*);?/g, (whole, entity: string) => {
    if (!whole.endsWith(";")) throw new XmlParseError("malformed", "Unterminated entity reference", offset);
    const predefined = PREDEFINED_ENTITIES[entity];
    if (predefined !== undefined) return predefined;
    const numeric = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(entity);
    if (numeric) {
      const codePoint = Number.parseInt(numeric[1] ?? numeric[2] ?? "", numeric[1] ? 16 : 10);
      if (!isXmlChar(codePoint))
        throw new XmlParseError("invalid-encoding", `Character reference &${entity}; is not allowed`, offset);
      return String.fromCodePoint(codePoint);
    }
    throw new XmlParseError("unknown-entity", `Unknown entity &${entity};`, offset);
  });
}
