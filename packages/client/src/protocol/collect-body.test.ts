import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { collectBody } from "./collect-body.js";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("collectBody", () => {
  test.each([
    ["nothing", undefined, ""],
    ["bytes", new TextEncoder().encode("<a/>"), "<a/>"],
    ["a string", "<é/>", "<é/>"],
    ["a Node stream in chunks", Readable.from([Buffer.from("<a>"), Buffer.from("é</a>")]), "<a>é</a>"],
    ["a web stream", new Blob(["<b/>"]).stream(), "<b/>"],
  ])("reads %s", async (_, body, expected) => {
    expect(text(await collectBody(body))).toBe(expected);
  });

  test("refuses a body it cannot read, saying what it got", async () => {
    await expect(collectBody(42)).rejects.toThrow("Cannot read a response body of type [object Number].");
  });
});
