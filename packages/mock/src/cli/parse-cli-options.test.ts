import { isAwsAccountId } from "@s3-inventory/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCliOptions } from "./parse-cli-options.js";
import { UsageError } from "@s3-inventory/cli-kit";

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

describe("parseCliOptions --credentials", () => {
  it("refuses an all-digit account that is not 12 digits, without echoing the secret (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,20}$/), (account) => {
        const argv = ["--credentials", `AKIAEXAMPLE:s3cr3t/Secret:${account}`];
        if (isAwsAccountId(account)) {
          const command = parseCliOptions(argv);
          expect(command.kind === "serve" && command.options.credentials?.[0]).toEqual({
            accessKeyId: "AKIAEXAMPLE",
            secretAccessKey: "s3cr3t/Secret",
            accountId: account,
          });
          return;
        }
        const message = usageErrorOf(argv).message;
        expect(message).toContain("the account id must be 12 digits");
        expect(message).not.toContain("s3cr3t");
      }),
      { numRuns: 200 },
    );
    expect(usageErrorOf(["--credentials", "KEY:SECRET:12345"]).message).toBe(
      `--credentials for key "KEY": the account id must be 12 digits, got 5`,
    );
  });

  it("still reads a secret that contains ':' when the last part is not all digits", () => {
    const command = parseCliOptions(["--credentials", "KEY:a:b1"]);
    expect(command.kind === "serve" && command.options.credentials).toEqual([
      { accessKeyId: "KEY", secretAccessKey: "a:b1" },
    ]);
  });
});

describe("parseCliOptions --port", () => {
  it("defaults to LocalStack's 4566, and 0 still means any free port", () => {
    const byDefault = parseCliOptions([]);
    expect(byDefault.kind === "serve" && byDefault.options.port).toBe(4566);
    const any = parseCliOptions(["--port", "0"]);
    expect(any.kind === "serve" && any.options.port).toBe(0);
  });

  it.each([["-1"], ["abc"], ["70000"], ["1.5"], ["-0"], [""]])("refuses %j, saying the range", (port) => {
    const expected = `--port must be an integer from 0 to 65535 (0 for any free port), got ${JSON.stringify(port)}`;
    expect(usageErrorOf(["--port", port]).message).toBe(expected);
    expect(usageErrorOf([`--port=${port}`]).message).toBe(expected);
  });

  it("still reads an option after a value-taking option as an option", () => {
    expect(usageErrorOf(["--host", "--port", "1"]).message).toMatch(/'--host' argument is ambiguous/);
  });
});
