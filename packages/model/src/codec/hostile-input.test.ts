import { describe, expect, it } from "vitest";
import { parseXml } from "../xml/parse-xml.js";
import { XmlParseError, type XmlParseErrorReason } from "../xml/xml-parse-error.js";
import { parseErrorDocument } from "./error-document-codec.js";
import {
  inventoryConfigurationFromXml,
  parseInventoryConfiguration,
} from "./inventory-configuration-codec.js";
import { parseListInventoryConfigurationsResult } from "./list-inventory-configurations-codec.js";

// Hostile documents through every codec entry point: each must end in a typed XmlParseError with the
// right reason, never a crash, a hang or an expansion. Timings are in bench/run.mjs, not here.

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`).join("\n ")}
]>
<InventoryConfiguration><Id>&lol9;</Id></InventoryConfiguration>`;
const EXTERNAL_ENTITY =
  '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><InventoryConfiguration><Id>&x;</Id></InventoryConfiguration>';
const FIFTY_MB = new Uint8Array(50 * 1024 * 1024).fill(0x61);
const DEEP = "<a>".repeat(10_000) + "</a>".repeat(10_000);

const ENTRY_POINTS: [string, (xml: string | Uint8Array) => unknown][] = [
  ["parseInventoryConfiguration", parseInventoryConfiguration],
  ["parseListInventoryConfigurationsResult", parseListInventoryConfigurationsResult],
  ["parseErrorDocument", parseErrorDocument],
  ["inventoryConfigurationFromXml(parseXml())", (xml) => inventoryConfigurationFromXml(parseXml(xml))],
];

const HOSTILE: [string, string | Uint8Array, XmlParseErrorReason][] = [
  ["a billion-laughs document", BILLION_LAUGHS, "doctype"],
  ["an external entity", EXTERNAL_ENTITY, "doctype"],
  ["a 50 MB body", FIFTY_MB, "too-large"],
  ["a 50 MB string", "<a>" + "x".repeat(50 * 1024 * 1024) + "</a>", "too-large"],
  ["10,000-deep nesting", DEEP, "too-deep"],
  ["an unknown entity", "<InventoryConfiguration><Id>&lol;</Id></InventoryConfiguration>", "unknown-entity"],
  ["a truncated document", "<InventoryConfiguration><Id>", "malformed"],
  ["an empty body", "", "malformed"],
];

describe.each(ENTRY_POINTS)("%s on hostile input", (_name, parse) => {
  it.each(HOSTILE)("refuses %s with a typed XmlParseError", (_label, input, reason) => {
    let caught: unknown;
    try {
      parse(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(XmlParseError);
    expect((caught as XmlParseError).reason).toBe(reason);
  });
});
