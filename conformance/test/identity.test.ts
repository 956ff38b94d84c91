// Every report names what ran: product, endpoint host, region, addressing, times, command, versions, fixture
// digest and platform; never a credential.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runQuietly, TEST_CREDENTIALS } from "./support/run-quietly.js";

const dir = await mkdtemp(join(tmpdir(), "identity-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("report identity", () => {
  it("is in results.json, summary.md, junit.xml and the console, without secrets", async () => {
    const outcome = await runQuietly([
      "--target",
      "msw",
      "--grep",
      "^put-status",
      "--product",
      "Acme Store 4.2.1",
      "--product-url",
      "https://acme.example/store",
      "--reporter",
      "json,junit,markdown",
      "--output-dir",
      dir,
      "--no-color",
    ]);
    const identity = outcome.report?.identity;
    expect(identity).toMatchObject({
      product: { name: "Acme Store", version: "4.2.1", url: "https://acme.example/store" },
      target: "msw",
      endpointHost: "s3-inventory-msw.invalid:4566",
      region: "us-east-1",
      addressingStyle: "path",
      runner: { name: "@s3-inventory/conformance" },
      fixtureSet: { name: "@s3-inventory/fixtures", source: "shipped" },
      node: process.version,
    });
    expect(identity?.fixtureSet.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(identity?.commandLine).toContain("--product 'Acme Store 4.2.1'");
    expect(Date.parse(identity?.endedAt ?? "")).toBeGreaterThanOrEqual(Date.parse(identity?.startedAt ?? ""));
    const files = await Promise.all(
      ["results.json", "summary.md", "junit.xml"].map((name) => readFile(join(dir, name), "utf8")),
    );
    for (const text of [...files, outcome.output]) {
      expect(text).toContain("Acme Store");
      expect(text).toContain(identity?.fixtureSet.sha256);
      expect(text).not.toContain(TEST_CREDENTIALS.AWS_SECRET_ACCESS_KEY);
    }
    expect(files[1]).toContain("| command | s3-inventory-conformance --target msw");
  });
});
