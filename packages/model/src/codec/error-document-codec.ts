import { parseXml } from "../xml/parse-xml.js";
import type { XmlElement } from "../xml/xml-element.js";
import type { XmlReadOptions } from "./inventory-configuration-codec.js";
import { XmlShapeError } from "./xml-shape-error.js";
import { readText } from "./xml-structure-reader.js";
import { writeDocument, writeTextElement } from "./xml-structure-writer.js";

/**
 * The S3 `<Error>` document: `Code`, `Message`, `RequestId`, `HostId`, and any extra elements
 * (`BucketName` on NoSuchBucket, `ArgumentName`/`ArgumentValue` on InvalidArgument, …).
 *
 * @example
 * ```ts
 * const document: S3ErrorDocument = { Code: "NoSuchBucket", Message: "The specified bucket does not exist", BucketName: "src" };
 * ```
 * @public
 */
export interface S3ErrorDocument {
  /** S3 always sends it; a document from elsewhere (a proxy, a gateway) may not. */
  Code?: string | undefined;
  Message?: string | undefined;
  RequestId?: string | undefined;
  HostId?: string | undefined;
  [field: string]: string | undefined;
}

// Layout recorded from real S3 in aws/aws-cli#2355 (evidence:raw-error-document-recorded): declaration, newline,
// `<Error>` without a namespace (restXml with noErrorWrapping), Code, Message, then the error's own
// fields, RequestId and HostId last.
const ROOT = "Error";
const HEAD = ["Code", "Message"] as const;
const TAIL = ["RequestId", "HostId"] as const;
const PLACED = new Set<string>([...HEAD, ...TAIL]);
const ERROR_ROOTS = new Set([ROOT, "ErrorResponse"]);
const ELEMENT_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * Writes an S3 error body: `<?xml …?>\n<Error><Code>…</Code><Message>…</Message>{extra fields}
 * <RequestId>…</RequestId><HostId>…</HostId></Error>`, fields that are `undefined` left out, extra
 * fields in the order of the object's keys. Throws a TypeError for a field name that is not an XML name.
 *
 * @example
 * ```ts
 * serializeErrorDocument({ Code: "NoSuchConfiguration", Message: "The specified configuration does not exist.", RequestId: "R1" });
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchConfiguration</Code><Message>The specified
 * //  configuration does not exist.</Message><RequestId>R1</RequestId></Error>' (one line after the newline)
 * ```
 * @public
 */
export function serializeErrorDocument(document: S3ErrorDocument): string {
  const extra = Object.keys(document).filter((name) => !PLACED.has(name));
  let content = "";
  for (const name of [...HEAD, ...extra, ...TAIL]) {
    const value = document[name];
    if (value === undefined) continue;
    if (!ELEMENT_NAME.test(name))
      throw new TypeError(`Error document field ${JSON.stringify(name)} is not an XML name`);
    content += writeTextElement(name, String(value));
  }
  return writeDocument(ROOT, content, "response", null);
}

/**
 * Options of {@link parseErrorDocument}.
 *
 * @example
 * ```ts
 * const options: ErrorDocumentReadOptions = { requireCode: false };
 * ```
 * @public
 */
export interface ErrorDocumentReadOptions extends XmlReadOptions {
  /**
   * `true` (the default): a document without `<Code>` throws `XmlShapeError`, and the result's `Code`
   * is a string. `false`: an `<Error>` or `<ErrorResponse>` without `<Code>` is read anyway with `Code`
   * undefined, as @aws-sdk/client-s3 3.1175.0 reads it (the SDK then names the error `NotFound` for a
   * 404 and `Unknown` otherwise; aws-sdk-js-v3 packages/core loadRestXmlErrorCode). Another
   * root without a Code (`<html>…`) still throws: it is not an error document.
   */
  requireCode?: boolean | undefined;
}

/**
 * Reads an S3 error body into its fields, as @aws-sdk/client-s3 3.1175.0 reads them: the `<Error>`
 * root, or an `<ErrorResponse>` wrapper whose `<Error>` holds the fields (the wrapper's own fields,
 * such as `RequestId`, are added when the inner element lacks them). Whitespace-only text with a line
 * break reads as "", elements that hold child elements are skipped, a repeated field keeps its first
 * value. A non-XML body throws `XmlParseError`. A document without `<Code>` throws `XmlShapeError`,
 * unless `requireCode: false` (then `Code` is undefined, as in the SDK).
 *
 * @example
 * ```ts
 * parseErrorDocument('<Error><Code>IdMismatch</Code><Message>Document ID does not match the specified configuration ID.</Message></Error>');
 * // { Code: "IdMismatch", Message: "Document ID does not match the specified configuration ID." }
 * parseErrorDocument("<Error><Message>Gateway says no</Message></Error>", { requireCode: false });
 * // { Message: "Gateway says no" } (Code undefined)
 * ```
 * @public
 */
export function parseErrorDocument(
  xml: string | Uint8Array,
  options?: ErrorDocumentReadOptions & { requireCode?: true | undefined },
): S3ErrorDocument & { Code: string };
export function parseErrorDocument(
  xml: string | Uint8Array,
  options: ErrorDocumentReadOptions,
): S3ErrorDocument;
export function parseErrorDocument(
  xml: string | Uint8Array,
  options: ErrorDocumentReadOptions = {},
): S3ErrorDocument {
  const root = parseXml(xml, options.limits);
  // JS-CORE loadRestXmlErrorCode: `data.Error.Code`, then `data.Code` (facts 7.1); AwsRestXmlProtocol
  // handleError copies every field of an inner <Error> read as an object over the root's (and takes
  // its Message first), with or without a Code. An inner <Error> the SDK reads as text (it holds stray
  // non-line-break whitespace) is not an object, so its fields stay hidden.
  const inner = root.children.find((child) => child.name === ROOT && readText(child) === undefined);
  const fields = new Map<string, string>();
  if (inner) collectFields(inner, fields);
  collectFields(root, fields);
  // The SDK's parser keeps the root's own text (other than whitespace with a line break, which is
  // formatting) as a field named after the root, e.g. `<Error>   <Code>X</Code> </Error>` gives
  // `Error: "    "` on its exception.
  const rootText = (root.textNodes ?? []).filter((node) => !(node.includes("\n") && node.trim() === ""));
  if (rootText.length > 0 && !fields.has(root.name)) fields.set(root.name, rootText.join(""));
  if (!fields.has("Code")) {
    // Only a document that says it is an error counts without a Code: anything else (an HTML page
    // from a proxy, which is well-formed XML too) is not an error document.
    if (options.requireCode !== false || !ERROR_ROOTS.has(root.name)) {
      throw new XmlShapeError(`${root.name}.Code`, "missing");
    }
  }
  // fromEntries defines own properties, so a field named `__proto__` stays data.
  return Object.fromEntries(fields);
}

function collectFields(element: XmlElement, into: Map<string, string>): void {
  for (const child of element.children) {
    if (into.has(child.name)) continue;
    const text = readText(child);
    if (text !== undefined) into.set(child.name, text);
  }
}
