import {
  MAX_PUT_INVENTORY_CONFIGURATION_BODY_BYTES,
  MAX_PUT_INVENTORY_CONFIGURATION_ELEMENTS,
} from "../rules/limits.js";
import type { PutValidationRuleId } from "../rules/put-validation-rules.js";
import { parseXml } from "../xml/parse-xml.js";
import type { XmlElement } from "../xml/xml-element.js";
import { XmlParseError } from "../xml/xml-parse-error.js";

/**
 * The outcome of {@link readPutBody}: the parsed document, or the body rule it broke.
 *
 * @internal
 */
export type PutBodyReading = { ok: true; root: XmlElement } | { ok: false; rule: PutValidationRuleId };

/**
 * Stage `body` of S3's Put validation (rules table, stage `body`): the body is there, not over
 * {@link MAX_PUT_INVENTORY_CONFIGURATION_BODY_BYTES}, and a well-formed XML document without a DTD.
 * Never throws for any input: every refusal of the hardened reader becomes a rule id.
 *
 * @internal
 */
export function readPutBody(body: string | Uint8Array | undefined): PutBodyReading {
  // [CHOICE] rules table `body-missing`: a zero-byte body is "missing" (analog aws/aws-sdk-cpp#733).
  if (body === undefined || body.length === 0) return { ok: false, rule: "body-missing" };
  // [CHOICE] rules table `body-too-large`: refuse before parsing, measured in UTF-8 bytes.
  const bytes = typeof body === "string" ? Buffer.byteLength(body, "utf8") : body.byteLength;
  if (bytes > MAX_PUT_INVENTORY_CONFIGURATION_BODY_BYTES) return { ok: false, rule: "body-too-large" };
  try {
    // [CHOICE] MAX_PUT_INVENTORY_CONFIGURATION_ELEMENTS: a body of thousands of elements stops early.
    const limits = {
      maxBytes: MAX_PUT_INVENTORY_CONFIGURATION_BODY_BYTES,
      maxElements: MAX_PUT_INVENTORY_CONFIGURATION_ELEMENTS,
    };
    return { ok: true, root: parseXml(body, limits) };
  } catch (error) {
    if (!(error instanceof XmlParseError)) throw error;
    switch (error.reason) {
      case "doctype":
      case "unknown-entity":
        return { ok: false, rule: "xml-doctype" };
      case "invalid-encoding":
        return { ok: false, rule: "xml-invalid-encoding" };
      default:
        // malformed, too-deep, too-many-elements (too-large cannot happen: measured above).
        return { ok: false, rule: "xml-not-well-formed" };
    }
  }
}
