import { writeFile } from "node:fs/promises";
import { ConfigurationError } from "@s3-inventory/cli-kit";
import { describe, expect, it } from "vitest";
import { explainRunnerError } from "./explain-runner-error.js";

const answer = (error: unknown) => {
  const explained = explainRunnerError(error);
  return { exitCode: explained.exitCode, message: explained.message };
};

describe("explainRunnerError", () => {
  it("a configuration error is exit 2 with its own message", () => {
    expect(answer(new ConfigurationError("--region x is not a region name"))).toEqual({
      exitCode: 2,
      message: "--region x is not a region name",
    });
  });

  it("a file-system error is exit 2 with one line naming the path, the reason and --output-dir", async () => {
    const error = await writeFile("/no/such/folder/results.json", "").catch((e: unknown) => e);
    expect(answer(error)).toEqual({
      exitCode: 2,
      message:
        "cannot write /no/such/folder/results.json: the folder does not exist and cannot be created there (ENOENT): check --output-dir",
    });
  });

  it("anything else is the runner failing: exit 1, one line", () => {
    expect(answer(new TypeError("x is undefined"))).toEqual({
      exitCode: 1,
      message: "the runner failed: TypeError: x is undefined",
    });
  });
});
