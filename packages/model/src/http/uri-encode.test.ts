import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { uriEncode } from "./uri-encode.js";

describe("uriEncode", () => {
  it("escapes everything but the unreserved set, as upper-case UTF-8 hex that decodes back", () => {
    expect(uriEncode("a b*c!'()~._-")).toBe("a%20b%2Ac%21%27%28%29~._-");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const encoded = uriEncode(text);
        expect(encoded).toMatch(/^(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})*$/);
        expect(decodeURIComponent(encoded)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
