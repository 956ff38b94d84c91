import { describe, expect, it } from "vitest";
import { parseXml } from "./parse-xml.js";
import { XmlParseError, type XmlParseErrorReason } from "./xml-parse-error.js";

function reasonOf(input: string | Uint8Array, limits?: Parameters<typeof parseXml>[1]): XmlParseErrorReason {
  try {
    parseXml(input, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlParseError);
    return (error as XmlParseError).reason;
  }
  throw new Error("expected parseXml to refuse the document");
}

describe("parseXml", () => {
  it("reads elements, attributes, entities, character references and CDATA", () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><R xmlns="urn:x" a=\'1\'><A>x &amp; &lt;y&gt; &#x41;&#66;</A><B/><C><![CDATA[<raw>&amp;]]></C></R>',
    );
    expect(root.name).toBe("R");
    expect(root.attributes).toEqual({ xmlns: "urn:x", a: "1" });
    expect(root.children.map((c) => [c.name, c.text])).toEqual([
      ["A", "x & <y> AB"],
      ["B", ""],
      ["C", "<raw>&amp;"],
    ]);
  });

  it("decodes UTF-8 bytes and keeps non-ASCII text", () => {
    const root = parseXml(new TextEncoder().encode("<P>é😀ü</P>"));
    expect(root.text).toBe("é😀ü");
  });

  it.each([
    [
      "DOCTYPE (billion laughs)",
      '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa">]><l>&a;</l>',
      "doctype",
    ],
    ["external entity", '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>', "doctype"],
    ["unknown entity", "<r>&x;</r>", "unknown-entity"],
    ["mismatched end tag", "<a><b></a></b>", "malformed"],
    ["truncated document", "<a><b>text", "malformed"],
    ["two roots", "<a/><b/>", "malformed"],
    ["text outside root", "x<a/>", "malformed"],
    ["empty input", "", "malformed"],
    ["control character", "<a>\u0001</a>", "invalid-encoding"],
    ["forbidden character reference", "<a>&#0;</a>", "invalid-encoding"],
  ] as const)("refuses %s", (_label, input, reason) => {
    expect(reasonOf(input)).toBe(reason);
  });

  it("normalizes CRLF and CR to LF but keeps a CR written as a reference (XML 1.0 section 2.11)", () => {
    expect(parseXml("<a>x\r\ny\rz&#13;</a>").text).toBe("x\ny\nz\r");
  });

  it("keeps each text run and CDATA section as its own text node", () => {
    const root = parseXml("<a>\n <b/> x<!-- c -->y<![CDATA[]]></a>");
    expect(root.textNodes).toStrictEqual(["\n ", " x", "y", ""]);
    expect(root.text).toBe("\n  xy");
    expect(root.children[0]?.textNodes).toBeUndefined();
  });

  it("refuses invalid UTF-8", () => {
    expect(reasonOf(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]))).toBe(
      "invalid-encoding",
    );
  });

  it("bounds size, depth and element count", () => {
    expect(reasonOf("<a>" + "x".repeat(100) + "</a>", { maxBytes: 50 })).toBe("too-large");
    expect(reasonOf("<a>".repeat(10_000) + "</a>".repeat(10_000))).toBe("too-deep");
    expect(reasonOf("<a>" + "<b/>".repeat(20) + "</a>", { maxElements: 10 })).toBe("too-many-elements");
  });
});
