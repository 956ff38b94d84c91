// `verify DIR` accepts an untouched certification of a full run and names exactly what does not hold in a
// tampered, shortened, filtered or foreign one.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shippedFixtures } from "../src/certificate/shipped-fixtures.js";
import { type BundleCheck, verifyBundle } from "../src/certificate/verify-bundle.js";
import { verifyCommand } from "../src/cli/verify-command.js";
import { copyBundle, editBundle } from "./support/bundle-files.js";
import { runQuietly } from "./support/run-quietly.js";

const made: string[] = [];
let full: string;
let filtered: string;
beforeAll(async () => {
  full = await mkdtemp(join(tmpdir(), "verify-full-"));
  filtered = await mkdtemp(join(tmpdir(), "verify-filtered-"));
  made.push(full, filtered);
  const base = ["--target", "msw", "--reporter", "certificate,markdown", "--no-color"];
  await runQuietly([...base, "--output-dir", full]);
  await runQuietly([...base, "--output-dir", filtered, "--grep", "^put-status"]);
}, 120_000);
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function failing(directory: string): Promise<BundleCheck[]> {
  return (await verifyBundle(directory, await shippedFixtures())).filter((check) => !check.holds);
}
async function tampered(edit: Parameters<typeof editBundle>[1], rehash = true): Promise<BundleCheck[]> {
  const copy = await copyBundle(full);
  made.push(copy);
  await editBundle(copy, edit, { rehash });
  return failing(copy);
}

describe("verify", () => {
  it("an untouched bundle of a full run is verified (exit 0), every check said", async () => {
    const lines: string[] = [];
    expect(await verifyCommand([full], (t) => lines.push(t))).toBe(0);
    expect(lines.join("")).toContain("✓ files: 2 files unmodified: results.json, summary.md");
    expect(lines.at(-1)).toMatch(/^verified: /);
  });

  it("a changed status: the digest no longer matches, and re-hashed the verdict no longer follows", async () => {
    const edit: Parameters<typeof editBundle>[1] = (results) => {
      const forged = results.cases.find((c) => c.id === "put-status-204");
      if (forged) {
        forged.status = "failed";
        forged.failures = [{ step: 1, name: "put", request: "PUT", response: "200", mismatches: [] }];
      }
    };
    expect(await tampered(edit, false)).toEqual([
      expect.objectContaining({ name: "files", detail: expect.stringMatching(/^results.json was modified/) }),
      expect.objectContaining({ name: "verdict" }),
    ]);
    const forged = await tampered(edit);
    expect(forged.map((c) => c.name)).toEqual(["verdict"]);
    expect(forged[0]?.detail).toMatch(/the statuses give "not conformant/);
  });

  it("a removed case is named", async () => {
    const checks = await tampered((results) => {
      results.cases = results.cases.filter((c) => c.id !== "put-status-204");
    });
    expect(checks.find((c) => c.name === "selection")?.detail).toMatch(
      /cases missing from results.json: put-status-204/,
    );
  });

  it("a filtered run is not a certification", async () => {
    const lines: string[] = [];
    expect(await verifyCommand([filtered], (t) => lines.push(t))).toBe(1);
    expect(lines.join("")).toMatch(
      /✗ selection: the run was partial: 1 of \d+ cases selected \(--grep \^put-status\)/,
    );
    expect(lines.at(-1)).toBe("not verified: selection does not hold\n");
  });

  it("another fixture version, or another digest for this one, is said", async () => {
    const other = await tampered((results, certificate) => {
      results.identity.fixtureSet.version = "9.9.9";
      certificate.identity.fixtureSet.version = "9.9.9";
    });
    expect(other.map((c) => c.name)).toEqual(["fixtures"]);
    expect(other[0]?.detail).toMatch(
      /names fixtures 9.9.9; this runner ships \S+, so the fixture digest cannot be checked/,
    );
    const digest = await tampered((results, certificate) => {
      results.identity.fixtureSet.sha256 = "0".repeat(64);
      certificate.identity.fixtureSet.sha256 = "0".repeat(64);
    });
    expect(digest[0]?.detail).toMatch(/sha256 0{64} is not the shipped set's [0-9a-f]{64}/);
  });

  it("a folder without a certificate, and a path that is no folder", async () => {
    const empty = await mkdtemp(join(tmpdir(), "verify-empty-"));
    made.push(empty);
    expect((await failing(empty))[0]?.detail).toMatch(/no certificate.json/);
    await expect(verifyCommand([join(empty, "nope")], () => {})).rejects.toThrow(/is not a folder/);
  });
});
