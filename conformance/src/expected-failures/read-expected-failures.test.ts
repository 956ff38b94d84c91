import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readExpectedFailures } from "./read-expected-failures.js";

const dir = await mkdtemp(join(tmpdir(), "expected-"));
afterAll(() => rm(dir, { recursive: true, force: true }));
const ids = ["put-status-204", "delete-twice"];
async function read(name: string, text: string) {
  const path = join(dir, name);
  await writeFile(path, text);
  return readExpectedFailures(path, ids);
}

describe("--expected-failures FILE", () => {
  it("reads YAML and JSON lists of { id, reason, link? }", async () => {
    const yaml = "- id: put-status-204\n  reason: answers 200 (fixed in 4.3)\n  link: https://t.example/17\n";
    expect(await read("a.yaml", yaml)).toEqual([
      { id: "put-status-204", reason: "answers 200 (fixed in 4.3)", link: "https://t.example/17" },
    ]);
    expect(await read("a.json", JSON.stringify([{ id: "delete-twice", reason: "r" }]))).toEqual([
      { id: "delete-twice", reason: "r" },
    ]);
  });

  it.each([
    ["unknown id", "- id: nope\n  reason: r\n", /entry 1: id "nope" is not a case/],
    ["listed twice", "- {id: delete-twice, reason: r}\n- {id: delete-twice, reason: s}\n", /listed twice/],
    ["no reason", "- id: delete-twice\n", /needs a reason/],
    ["bad link", "- {id: delete-twice, reason: r, link: 'javascript:x'}\n", /http\(s\) URL/],
    ["not a list", "id: delete-twice\n", /must be a list/],
    ["not YAML", "- [unclosed\n", /is not JSON or YAML/],
    ["aliases (no expansion)", "- &a {id: delete-twice, reason: r}\n- *a\n", /not JSON or YAML|listed twice/],
  ])("%s: one configuration error", async (_name, text, message) => {
    await expect(read("bad.yaml", text)).rejects.toThrow(message);
  });
});
