import { describe, expect, it } from "vitest";
import { parseCliOptions } from "./parse-cli-options.js";
import { UsageError } from "./usage-error.js";

const usageErrorOf = (argv: string[]): UsageError => {
  try {
    parseCliOptions(argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`no usage error for ${argv.join(" ")}`);
};

describe("parseCliOptions --bucket", () => {
  it("refuses a name S3's CreateBucket would refuse, saying which rule it breaks", () => {
    expect(usageErrorOf(["--bucket", "Bad_Name"]).message).toBe(
      `--bucket bucket name "Bad_Name" breaks S3's naming rules: only lower-case letters, digits, dots and hyphens`,
    );
    expect(usageErrorOf(["--bucket", "ab@111111111111"]).message).toMatch(/"ab" .*3 to 63 characters/);
  });

  it("accepts general purpose, amzn-s3-demo- and directory bucket names", () => {
    const command = parseCliOptions([
      "--bucket",
      "src",
      "--bucket",
      "amzn-s3-demo-bucket@111111111111",
      "--bucket",
      "logs--usw2-az1--x-s3",
    ]);
    expect(command.kind === "serve" && command.options.buckets).toEqual([
      "src",
      { name: "amzn-s3-demo-bucket", accountId: "111111111111" },
      "logs--usw2-az1--x-s3",
    ]);
  });
});
