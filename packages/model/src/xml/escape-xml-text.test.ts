import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { xmlTextArbitrary } from "../testing/inventory-arbitraries.js";
import { escapeXmlText } from "./escape-xml-text.js";
import { parseXml } from "./parse-xml.js";

describe("escapeXmlText", () => {
  it("escapes as @aws-sdk/xml-builder's escape-element does, every occurrence", () => {
    expect(escapeXmlText(`q"a'b<c>d&e\nf\r`)).toBe("q&quot;a&apos;b&lt;c&gt;d&amp;e&#x0A;f&#x0D;");
    expect(escapeXmlText("\u0085\u2028x\u2028&&")).toBe("&#x85;&#x2028;x&#x2028;&amp;&amp;");
    expect(escapeXmlText("tab\there é 😀")).toBe("tab\there é 😀");
  });

  it("gives text that reads back unchanged, line breaks and all", () => {
    fc.assert(
      fc.property(xmlTextArbitrary(40), (text) => {
        expect(parseXml(`<a>${escapeXmlText(text)}</a>`).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
