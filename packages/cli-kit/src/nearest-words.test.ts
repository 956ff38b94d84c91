import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearestWords } from "./nearest-words.js";

const FLAGS = [
  "--endpoint",
  "--region",
  "--profile",
  "--reporter",
  "--output-dir",
  "--concurrency",
  "--port",
  "--host",
];

describe("nearestWords", () => {
  it("suggests the flag one typo away", () => {
    expect(nearestWords("--endpiont", FLAGS)).toEqual(["--endpoint"]);
    expect(nearestWords("--regoin", FLAGS)).toEqual(["--region"]);
    expect(nearestWords("--prot", FLAGS)).toEqual(["--port"]);
    expect(nearestWords("--reporters", FLAGS)).toEqual(["--reporter"]);
    expect(nearestWords("--xyz", FLAGS)).toEqual([]);
  });

  it("lists case ids nearest first, including ones that contain the word", () => {
    const ids = ["put-status-204", "put-status-400", "get-missing-404", "list-empty"];
    expect(nearestWords("put-staus-204", ids)).toEqual(["put-status-204", "put-status-400"]);
    expect(nearestWords("empty", ids)).toEqual(["list-empty"]);
  });

  it("finds any candidate with one edit (a property)", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z-]{5,20}$/),
        fc.nat(),
        fc.constantFrom("drop", "swap", "change"),
        (word, at, edit) => {
          const i = at % (word.length - 1);
          const typo =
            edit === "drop"
              ? word.slice(0, i) + word.slice(i + 1)
              : edit === "swap"
                ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
                : `${word.slice(0, i)}${word[i] === "x" ? "y" : "x"}${word.slice(i + 1)}`;
          expect(nearestWords(typo, ["unrelated-candidate-name", word], 5)).toContain(word);
        },
      ),
    );
  });
});
