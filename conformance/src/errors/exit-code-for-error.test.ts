import { writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "./configuration-error.js";
import { exitCodeForError } from "./exit-code-for-error.js";

describe("exitCodeForError", () => {
  it("a configuration error is exit 2 with its own message", () => {
    expect(exitCodeForError(new ConfigurationError("--region x is not a region name"))).toEqual({
      exitCode: 2,
      message: "--region x is not a region name",
    });
  });

  it("a file-system error is exit 2 with one line naming the path, the reason and --output-dir", async () => {
    const error = await writeFile("/no/such/folder/results.json", "").catch((e: unknown) => e);
    const { exitCode, message } = exitCodeForError(error);
    expect(exitCode).toBe(2);
    expect(message).toBe(
      "cannot write /no/such/folder/results.json: the folder does not exist and cannot be created there (ENOENT): check --output-dir",
    );
  });

  it("anything else is the runner failing: exit 1, one line", () => {
    expect(exitCodeForError(new TypeError("x is undefined"))).toEqual({
      exitCode: 1,
      message: "the runner failed: TypeError: x is undefined",
    });
  });
});
