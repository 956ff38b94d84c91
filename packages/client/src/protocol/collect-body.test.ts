import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { ResponseTooLargeError } from "../errors/response-too-large-error.js";
import { collectBody } from "./collect-body.js";

const LIMIT = 1024;

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("collectBody", () => {
  test.each([
    ["nothing", undefined, ""],
    ["bytes", new TextEncoder().encode("<a/>"), "<a/>"],
    ["a string", "<é/>", "<é/>"],
    ["a Node stream in chunks", Readable.from([Buffer.from("<a>"), Buffer.from("é</a>")]), "<a>é</a>"],
    ["a web stream", new Blob(["<b/>"]).stream(), "<b/>"],
  ])("reads %s", async (_, body, expected) => {
    expect(text(await collectBody(body, LIMIT))).toBe(expected);
  });

  test("refuses a body it cannot read, saying what it got", async () => {
    await expect(collectBody(42, LIMIT)).rejects.toThrow(
      "Cannot read a response body of type [object Number].",
    );
  });

  test("stops reading an endless stream past the limit, destroys it, and throws ResponseTooLargeError", async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 100;
        this.push(Buffer.alloc(100, "a"));
      },
    });
    const error = await collectBody(endless, LIMIT).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).limitBytes).toBe(LIMIT);
    expect(endless.destroyed).toBe(true);
    // Reading stopped at the limit, give or take the stream's read-ahead, not at some later point.
    expect(produced).toBeLessThan(LIMIT + 64 * 1024);
  });

  test("reads a body of exactly the limit, refuses one byte more", async () => {
    expect((await collectBody(Readable.from([Buffer.alloc(LIMIT)]), LIMIT)).byteLength).toBe(LIMIT);
    await expect(collectBody(Buffer.alloc(LIMIT + 1), LIMIT)).rejects.toBeInstanceOf(ResponseTooLargeError);
    await expect(collectBody("a".repeat(LIMIT + 1), LIMIT)).rejects.toBeInstanceOf(ResponseTooLargeError);
  });
});
