import { CliError } from "@s3-inventory/cli-kit";
import { describe, expect, it } from "vitest";
import { parseArguments } from "./parse-arguments.js";

function config(argv: string[], env: Record<string, string> = {}) {
  const parsed = parseArguments(argv, env);
  if (parsed.kind !== "run") throw new Error("expected a run");
  return parsed.config;
}

describe("parseArguments", () => {
  it("defaults to the embedded mock, our client, path-style, console only", () => {
    expect(config([])).toMatchObject({
      target: "embedded",
      client: "ours",
      pathStyle: true,
      region: "us-east-1",
      reporters: ["console"],
      concurrency: 8,
      allowSkipped: false,
    });
    expect(config(["--allow-skipped"]).allowSkipped).toBe(true);
  });

  it("reads the region from the environment, --region first", () => {
    expect(config([], { AWS_DEFAULT_REGION: "eu-west-1" }).region).toBe("eu-west-1");
    expect(config([], { AWS_REGION: "eu-west-2", AWS_DEFAULT_REGION: "eu-west-1" }).region).toBe("eu-west-2");
    expect(config(["--region", "ap-south-1"], { AWS_REGION: "eu-west-2" }).region).toBe("ap-south-1");
  });

  it("--endpoint selects the endpoint target with remote defaults", () => {
    expect(config(["--endpoint", "http://localhost:9000"])).toMatchObject({
      target: "endpoint",
      concurrency: 4,
      pathStyle: true,
    });
    expect(config(["--target", "aws", "--region", "us-east-1"])).toMatchObject({
      target: "aws",
      pathStyle: false,
    });
  });

  it("takes several reporters, comma-separated or repeated", () => {
    expect(config(["--reporter", "json,junit", "--reporter", "markdown"]).reporters).toEqual([
      "console",
      "json",
      "junit",
      "markdown",
    ]);
  });

  it.each([
    [["--bogus"], /Unknown option '--bogus'/],
    [["--target", "gcs"], /--target must be/],
    [["--target", "aws"], /needs a region/],
    [["--endpoint", "not a url"], /is not a URL/],
    [["--endpoint", "http://key:secret@host"], /must not carry credentials/],
    [["--account-id", "12"], /12 digits/],
    [["--client", "boto"], /--client must be/],
    [["--concurrency", "0"], /from 1 to 64/],
    [["--reporter", "pdf"], /unknown/],
    [["--product", "Acme"], /must be "NAME VERSION"/],
    [["--product-url", "https://a.example"], /needs --product/],
    [["--strict-expected"], /only applies with --expected-failures/],
    [["--shard", "4/3"], /must be I\/N/],
    [["--allow-bucket-creation"], /only applies with --bucket/],
    [["--bucket", "Bad_Name"], /not a valid bucket name/],
    [["--path-style", "--virtual-hosted"], /choose one/],
  ])("rejects %j with a one-line message", (argv, message) => {
    let caught: unknown;
    try {
      parseArguments(argv, {});
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CliError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toContain("\n");
  });

  it("answers --help and --version", () => {
    expect(parseArguments(["--help"], {}).kind).toBe("help");
    expect(parseArguments(["--version"], {}).kind).toBe("version");
  });
});
