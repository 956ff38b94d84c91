// The proof CI runs: the whole fixture set passes against the embedded mock with our client and with the
// SDK, and against the in-process msw mock. Any case not passing is printed with its diff.
import { loadCases } from "@s3-inventory/fixtures";
import { describe, expect, it } from "vitest";
import { runQuietly } from "./support/run-quietly.js";

const { cases } = await loadCases();

describe.each([
  ["embedded mock server, our client", []],
  ["embedded mock server, @aws-sdk/client-s3", ["--client", "sdk"]],
  ["msw mock, our client", ["--target", "msw"]],
  [
    "msw mock, virtual-hosted, @aws-sdk/client-s3",
    ["--target", "msw", "--virtual-hosted", "--client", "sdk"],
  ],
])("full suite: %s", (_name, argv) => {
  it("passes every case", async () => {
    const outcome = await runQuietly([...argv, "--no-color"]);
    const notPassed = outcome.report?.cases.filter((c) => c.status !== "passed") ?? [];
    expect(notPassed.length === 0 ? "" : outcome.output).toBe("");
    expect(outcome.report?.cases.map((c) => c.id).sort()).toEqual(cases.map((c) => c.id).sort());
    expect(outcome.exitCode).toBe(0);
  }, 300_000);
});
