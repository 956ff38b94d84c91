import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigurationError } from "@s3-inventory/cli-kit";
import { describe, expect, it } from "vitest";
import { fixtureSetDigest as digest } from "./fixture-set-digest.js";
import { parseProduct } from "./product.js";
import { endpointHost, redactCommandLine } from "./run-identity.js";

describe("run identity", () => {
  it("--product: the last word is the version; a URL must be a plain http(s) URL", () => {
    expect(parseProduct("Acme Object Store 4.2.1", "https://acme.example/s")).toEqual({
      name: "Acme Object Store",
      version: "4.2.1",
      url: "https://acme.example/s",
    });
    expect(() => parseProduct("Acme", undefined)).toThrow(ConfigurationError);
    expect(() => parseProduct("Acme 1", "ftp://x")).toThrow(/http/);
    expect(() => parseProduct("Acme 1", "https://u:p@x")).toThrow(/credentials/);
  });

  it("the endpoint is a host, never a path or credentials", () => {
    expect(endpointHost("https://s3.example.com:9000/base?x=1", "us-east-1")).toBe("s3.example.com:9000");
    expect(endpointHost(undefined, "eu-west-1")).toBe("s3.eu-west-1.amazonaws.com");
  });

  it("the command line masks the account id and quotes what a shell would split or glob", () => {
    expect(
      redactCommandLine(["--account-id", "123456789012", "--account-id=210987654321", "--product", "A 1"]),
    ).toBe(
      "s3-inventory-conformance --account-id '********9012' '--account-id=********4321' --product 'A 1'",
    );
  });

  it("the fixture digest changes with one byte, one file more, the ledger, and not with other files", async () => {
    const root = await mkdtemp(join(tmpdir(), "digest-"));
    const dir = join(root, "cases");
    await mkdir(join(root, "evidence"), { recursive: true });
    await mkdir(dir);
    const fixtureSetDigest = (folder: string) => digest(folder, { withEvidence: true });
    try {
      await writeFile(join(dir, "a.json"), '{"id":"a"}');
      const first = await fixtureSetDigest(dir);
      expect(first).toMatch(/^[0-9a-f]{64}$/);
      await writeFile(join(dir, "README.md"), "notes");
      expect(await fixtureSetDigest(dir)).toBe(first);
      await writeFile(join(dir, "a.json"), '{"id":"b"}');
      const changed = await fixtureSetDigest(dir);
      expect(changed).not.toBe(first);
      await writeFile(join(dir, "b.json"), "{}");
      const more = await fixtureSetDigest(dir);
      expect(more).not.toBe(changed);
      await writeFile(join(root, "evidence", "ledger.json"), "[]");
      expect(await fixtureSetDigest(dir)).not.toBe(more);
      expect(await digest(dir, { withEvidence: false })).toBe(more);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
