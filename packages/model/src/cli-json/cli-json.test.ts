import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inventoryConfigurationArbitrary } from "../testing/inventory-arbitraries.js";
import { SEED_EXAMPLE_1, SEED_EXAMPLE_2 } from "../testing/seed-examples.js";
import { fromCliJson, toCliJson } from "./cli-json.js";
import { CliJsonError } from "./cli-json-error.js";

// The seed's examples 1 and 2 (AWS CLI reference, put-bucket-inventory-configuration), verbatim.
const EXAMPLE_1 = SEED_EXAMPLE_1.cliJson;
const EXAMPLE_2 = SEED_EXAMPLE_2.cliJson;

function problemsOf(json: unknown): readonly string[] {
  try {
    fromCliJson(json);
  } catch (error) {
    expect(error).toBeInstanceOf(CliJsonError);
    return (error as CliJsonError).problems;
  }
  throw new Error("expected fromCliJson to refuse the input");
}

describe("fromCliJson", () => {
  it("reads the seed's example 1", () => {
    expect(fromCliJson(EXAMPLE_1)).toStrictEqual({
      Destination: {
        S3BucketDestination: {
          AccountId: "123456789012",
          Bucket: "arn:aws:s3:::amzn-s3-demo-bucket",
          Format: "ORC",
        },
      },
      IsEnabled: true,
      Id: "1",
      IncludedObjectVersions: "Current",
      Schedule: { Frequency: "Weekly" },
    });
  });

  it("reads both seed examples as the configurations @s3-inventory/model/testing publishes", () => {
    for (const example of [SEED_EXAMPLE_1, SEED_EXAMPLE_2]) {
      expect(fromCliJson(example.cliJson)).toStrictEqual(example.configuration);
      expect(example.configuration.Id).toBe(example.id);
      expect(Object.isFrozen(example.configuration.Destination)).toBe(true);
    }
  });

  it("reads the seed's example 2 and writes it back to equal JSON", () => {
    const configuration = fromCliJson(EXAMPLE_2);
    expect(configuration.Schedule).toStrictEqual({ Frequency: "Daily" });
    expect(configuration.Destination?.S3BucketDestination?.Format).toBe("CSV");
    expect(JSON.parse(toCliJson(configuration))).toStrictEqual(JSON.parse(EXAMPLE_2));
  });

  it("reports unknown members as botocore does", () => {
    expect(
      problemsOf({
        ...JSON.parse(EXAMPLE_1),
        Destination: { S3BucketDestination: JSON.parse(EXAMPLE_1).Destination.S3BucketDestination, X: 1 },
      }),
    ).toStrictEqual([
      'Unknown parameter in InventoryConfiguration.Destination: "X", must be one of: S3BucketDestination',
    ]);
  });

  it("reports every missing required member and wrong type at once", () => {
    const problems = problemsOf({ IsEnabled: "yes", OptionalFields: ["Size", 3], Schedule: {} });
    expect(problems).toStrictEqual([
      'Missing required parameter in InventoryConfiguration: "Destination"',
      'Invalid type for parameter InventoryConfiguration.IsEnabled, value: "yes", type: string, valid types: boolean',
      'Missing required parameter in InventoryConfiguration: "Id"',
      'Missing required parameter in InventoryConfiguration: "IncludedObjectVersions"',
      "Invalid type for parameter InventoryConfiguration.OptionalFields[1], value: 3, type: number, valid types: string",
      'Missing required parameter in InventoryConfiguration.Schedule: "Frequency"',
    ]);
  });

  it("refuses invalid JSON and non-objects with one clear line", () => {
    expect(problemsOf("{not json")).toStrictEqual([
      "Error parsing parameter '--inventory-configuration': Invalid JSON at position 1",
    ]);
    expect(problemsOf("[]")[0]).toBe(
      "Invalid type for parameter InventoryConfiguration, value: [], type: array, valid types: object",
    );
    expect(problemsOf(null)[0]).toMatch(/type: null, valid types: object/);
  });

  it("never puts a KMS key id in a message", () => {
    const secret = "arn:aws:kms:us-east-1:123456789012:key/SECRET-KEY";
    const config = { ...JSON.parse(EXAMPLE_1) };
    config.Destination.S3BucketDestination.Encryption = { SSEKMS: { KeyId: [secret] } };
    const error = (() => {
      try {
        fromCliJson(config);
      } catch (caught) {
        return caught as Error;
      }
      throw new Error("expected a CliJsonError");
    })();
    expect(error.message).toContain(
      "InventoryConfiguration.Destination.S3BucketDestination.Encryption.SSEKMS.KeyId",
    );
    expect(error.message).not.toContain("SECRET-KEY");
    expect(() =>
      fromCliJson(`{"Destination": {"S3BucketDestination": {"Encryption": {"SSEKMS": {"KeyId": "${secret}"`),
    ).toThrow(/^(?!.*SECRET-KEY)/s);
  });

  it("passes unknown enum values through, as botocore does not check them", () => {
    expect(
      fromCliJson({ ...JSON.parse(EXAMPLE_1), OptionalFields: ["Size", "FutureField"] }).OptionalFields,
    ).toStrictEqual(["Size", "FutureField"]);
  });
});

describe("toCliJson", () => {
  it("writes model order, leaves out undefined members, indents on request", () => {
    const json = toCliJson(
      {
        Schedule: { Frequency: "Daily" },
        Id: "1",
        IsEnabled: false,
        Destination: undefined,
        IncludedObjectVersions: "All",
      },
      { space: 2 },
    );
    expect(json).toBe(
      '{\n  "IsEnabled": false,\n  "Id": "1",\n  "IncludedObjectVersions": "All",\n  "Schedule": {\n    "Frequency": "Daily"\n  }\n}',
    );
  });

  it("round-trips every generated configuration that has the required members", () => {
    const complete = inventoryConfigurationArbitrary().filter(
      (c) =>
        c.Destination?.S3BucketDestination?.Bucket !== undefined &&
        c.Destination.S3BucketDestination.Format !== undefined &&
        c.IsEnabled !== undefined &&
        c.Id !== undefined &&
        c.IncludedObjectVersions !== undefined &&
        c.Schedule?.Frequency !== undefined &&
        (c.Filter === undefined || c.Filter.Prefix !== undefined) &&
        (c.Destination.S3BucketDestination.Encryption?.SSEKMS === undefined ||
          c.Destination.S3BucketDestination.Encryption.SSEKMS.KeyId !== undefined),
    );
    fc.assert(
      fc.property(complete, (configuration) => {
        expect(fromCliJson(toCliJson(configuration))).toStrictEqual(configuration);
      }),
      { numRuns: 100 },
    );
  });
});
