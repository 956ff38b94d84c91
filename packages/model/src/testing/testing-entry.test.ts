import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInventoryConfiguration, serializeInventoryConfiguration } from "../index.js";
import { validatePutBucketInventoryConfiguration } from "../validation/validate-put-bucket-inventory-configuration.js";
import * as testing from "./index.js";

const SRC = join(import.meta.dirname, "..");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("@s3-inventory/model/testing", () => {
  it("is not reachable from the main entry: no runtime file outside testing/ imports fast-check or testing/", () => {
    const runtime = sourceFiles(SRC).filter((path) => {
      const name = relative(SRC, path);
      return !name.startsWith("testing") && !name.startsWith("test-support") && !name.endsWith(".test.ts");
    });
    expect(runtime.length).toBeGreaterThan(20);
    const offenders = runtime.filter((path) =>
      /from "(?:fast-check|\.\.?\/(?:\.\.\/)*testing\/)/.test(readFileSync(path, "utf8")),
    );
    expect(offenders.map((path) => relative(SRC, path))).toEqual([]);
  });

  it("generates configurations that survive a round trip, and valid ones S3's rules accept", () => {
    fc.assert(
      fc.property(testing.inventoryConfigurationArbitrary(), (configuration) => {
        expect(parseInventoryConfiguration(serializeInventoryConfiguration(configuration))).toStrictEqual(
          configuration,
        );
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(testing.validInventoryConfigurationArbitrary(), (configuration) => {
        const body = serializeInventoryConfiguration(configuration);
        expect(validatePutBucketInventoryConfiguration({ id: configuration.Id, body }).ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("writes absent members as undefined keys on request, and only then", () => {
    const hasUndefinedKey = (value: unknown): boolean =>
      typeof value === "object" &&
      value !== null &&
      Object.entries(value).some(([, member]) => member === undefined || hasUndefinedKey(member));
    const samples = fc.sample(testing.inventoryConfigurationArbitrary({ explicitUndefined: true }), {
      numRuns: 50,
      seed: 7,
    });
    expect(samples.some(hasUndefinedKey)).toBe(true);
    expect(
      fc.sample(testing.inventoryConfigurationArbitrary(), { numRuns: 50, seed: 7 }).some(hasUndefinedKey),
    ).toBe(false);
  });

  it("gives the recorded Put body for the recorded configuration", () => {
    expect(serializeInventoryConfiguration(testing.RECORDED_PUT_CONFIGURATION)).toBe(
      testing.RECORDED_PUT_BODY,
    );
  });
});
