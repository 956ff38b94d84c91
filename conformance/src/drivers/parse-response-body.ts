import { parseErrorDocument, parseXml, type XmlElement } from "@s3-inventory/model";
import { rootNamespaceOf } from "./root-namespace.js";
import type { StepResponse } from "./step-response.js";

/**
 * Reads a raw answer the way a client would: a status of 300 or more carries an S3 `<Error>` document (or
 * nothing, for HEAD); a success body is XML turned into an object (`{ Root: { Child: "text", Repeated: [...] } }`).
 * A body that is not XML is kept as `{ $text }` so that expectations can still say what was wrong. The root
 * element's namespace (which the object drops) is kept apart in `rootNamespace`, for XML bodies only.
 *
 * @internal
 */
export function parseResponseBody(
  status: number,
  headers: Record<string, string>,
  body: Buffer,
): StepResponse {
  const text = body.toString("utf8");
  if (status >= 300) {
    if (text.trim() === "")
      return { status, headers, error: { code: `(no error document, status ${status})`, fields: {} } };
    try {
      const { Code, Message, ...rest } = parseErrorDocument(text);
      const fields: Record<string, string> = {};
      for (const [name, value] of Object.entries(rest)) if (value !== undefined) fields[name] = value;
      return {
        status,
        headers,
        error: { code: Code, ...(Message === undefined ? {} : { message: Message }), fields },
        // The document parsed, so it is XML; the codec keeps no namespaces, the element tree does.
        rootNamespace: rootNamespaceOf(parseXml(text)),
      };
    } catch {
      return {
        status,
        headers,
        error: { code: "(not an S3 error document)", message: text.slice(0, 200), fields: {} },
      };
    }
  }
  if (text.trim() === "") return { status, headers };
  try {
    const root = parseXml(text);
    return {
      status,
      headers,
      output: { [localName(root.name)]: elementValue(root) },
      rootNamespace: rootNamespaceOf(root),
    };
  } catch {
    return { status, headers, output: { $text: text.slice(0, 500) } };
  }
}

function elementValue(element: XmlElement): unknown {
  if (element.children.length === 0) return element.text;
  const byName = new Map<string, unknown[]>();
  for (const child of element.children) {
    const name = localName(child.name);
    byName.set(name, [...(byName.get(name) ?? []), elementValue(child)]);
  }
  // fromEntries defines own properties, so an element named `__proto__` stays data.
  return Object.fromEntries(
    [...byName].map(([name, items]) => [name, items.length === 1 ? items[0] : items]),
  );
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}
