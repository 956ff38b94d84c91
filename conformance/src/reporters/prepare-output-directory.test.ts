import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigurationError, makeDirectory } from "@s3-inventory/cli-kit";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prepareOutputDirectory } from "./prepare-output-directory.js";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "conformance-output-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("prepareOutputDirectory", () => {
  it("creates missing parents and leaves no probe file behind", async () => {
    const directory = join(root, "a", "b", "c");
    await prepareOutputDirectory(directory);
    expect((await stat(directory)).isDirectory()).toBe(true);
    expect(await readdir(directory)).toEqual([]);
  });

  it("accepts a folder that already exists", async () => {
    await prepareOutputDirectory(root);
    await expect(prepareOutputDirectory(root)).resolves.toBeUndefined();
  });

  it.each([
    ["an empty name", () => "", /--output-dir is empty/],
    ["a regular file", () => join(root, "file"), /is a file, not a folder/],
    [
      "a path through a file",
      () => join(root, "file", "sub"),
      /part of the path is a file, not a folder \(ENOTDIR\)/,
    ],
  ])("refuses %s with a configuration error", async (_name, directory, message) => {
    await writeFile(join(root, "file"), "");
    const failure = prepareOutputDirectory(directory());
    await expect(failure).rejects.toBeInstanceOf(ConfigurationError);
    await expect(failure).rejects.toThrow(message);
  });

  // Node 20's mkdir(…, { recursive: true }) never settles here; this one must answer.
  it.runIf(existsSync("/proc/self"))("refuses a folder under /proc instead of hanging", async () => {
    await expect(prepareOutputDirectory("/proc/forbidden/results")).rejects.toThrow(
      /cannot create \/proc\/forbidden: the folder does not exist and cannot be created there \(ENOENT\)/,
    );
    await expect(makeDirectory("/proc/forbidden")).rejects.toMatchObject({ code: "ENOENT" });
  });
});
