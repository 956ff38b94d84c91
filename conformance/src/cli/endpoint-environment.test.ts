import { ConfigurationError } from "@s3-inventory/cli-kit";
import { describe, expect, it } from "vitest";
import { parseArguments } from "./parse-arguments.js";

function config(argv: string[], env: Record<string, string> = {}) {
  const parsed = parseArguments(argv, env);
  if (parsed.kind !== "run") throw new Error("expected a run");
  return parsed.config;
}

describe("AWS_ENDPOINT_URL_S3 and AWS_ENDPOINT_URL, as the SDK reads them", () => {
  const S3 = "http://127.0.0.1:4566";
  const ALL = "http://127.0.0.2:9000";

  it("select the endpoint target when neither --endpoint nor --target is given, _S3 first", () => {
    expect(config([], { AWS_ENDPOINT_URL_S3: S3, AWS_ENDPOINT_URL: ALL })).toMatchObject({
      target: "endpoint",
      endpoint: S3,
      endpointFrom: "AWS_ENDPOINT_URL_S3",
      pathStyle: true,
    });
    expect(config([], { AWS_ENDPOINT_URL_S3: "", AWS_ENDPOINT_URL: ALL })).toMatchObject({
      endpoint: ALL,
      endpointFrom: "AWS_ENDPOINT_URL",
    });
  });

  it("give way to an explicit --endpoint or --target, and to AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true", () => {
    const env = { AWS_ENDPOINT_URL_S3: S3 };
    expect(config(["--endpoint", "http://127.0.0.3:8080"], env)).toMatchObject({
      endpoint: "http://127.0.0.3:8080",
      endpointFrom: "--endpoint",
    });
    expect(config(["--target", "msw"], env)).toMatchObject({ target: "msw" });
    expect(config(["--target", "msw"], env).endpoint).toBeUndefined();
    expect(config([], { ...env, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "true" }).target).toBe("embedded");
  });

  it("name the variable when its value is not a URL", () => {
    expect(() => config([], { AWS_ENDPOINT_URL: "localhost:4566" })).toThrow(
      new ConfigurationError("AWS_ENDPOINT_URL must be an http:// or https:// URL"),
    );
    expect(() => config([], { AWS_ENDPOINT_URL_S3: "not a url" })).toThrow(
      new ConfigurationError("AWS_ENDPOINT_URL_S3 not a url is not a URL (e.g. http://localhost:9000)"),
    );
  });
});
