// The standard AWS environment, as @aws-sdk/client-s3 3.1175.0 reads it: the endpoint variables
// (compared with the SDK itself over every combination) and the default credential chain.
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import * as sdk from "@aws-sdk/client-s3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as ours from "../src/index.js";
import { CaptureHandler } from "./support/capture-handler.js";
import { TEST_CREDENTIALS } from "./support/clients.js";

const VARIABLES = [
  "AWS_ENDPOINT_URL_S3",
  "AWS_ENDPOINT_URL",
  "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_PROFILE",
  "AWS_CONFIG_FILE",
  "AWS_SHARED_CREDENTIALS_FILE",
  "AWS_EC2_METADATA_DISABLED",
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
  "AWS_ROLE_ARN",
] as const;
const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
const home = mkdtempSync(join(tmpdir(), "s3-inventory-client-env-"));

function setEnvironment(values: Partial<Record<(typeof VARIABLES)[number], string>>): void {
  for (const name of VARIABLES) delete process.env[name];
  // No profile of the machine's user may leak in; no instance metadata lookup may leave the machine.
  process.env["AWS_CONFIG_FILE"] = join(home, "no-config");
  process.env["AWS_SHARED_CREDENTIALS_FILE"] = join(home, "no-credentials");
  process.env["AWS_EC2_METADATA_DISABLED"] = "true";
  Object.assign(process.env, values);
}

afterEach(() => {
  for (const name of VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

const LIST = { Bucket: "amzn-s3-demo-bucket" };
const where = (handler: CaptureHandler) => {
  const request = handler.requests[0];
  return request && `${request.protocol}//${request.hostname}:${request.port ?? ""}${request.path}`;
};

describe("AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL and AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", () => {
  const specific = [undefined, "", "http://127.0.0.1:4566"];
  const general = [undefined, "", "http://127.0.0.2:9000"];
  const ignore = [undefined, "true", "false", "yes"];
  const configured = [
    {},
    { endpoint: "http://127.0.0.3:8080" },
    { ignoreConfiguredEndpointUrls: true },
  ] as const;
  const combinations = specific.flatMap((s3) =>
    general.flatMap((all) =>
      ignore.flatMap((skip) => configured.map((config) => ({ s3, all, skip, config }))),
    ),
  );

  it(`send where S3Client sends, in all ${combinations.length} combinations (explicit config wins)`, async () => {
    const seen = new Set<string | undefined>();
    for (const { s3, all, skip, config } of combinations) {
      setEnvironment({
        ...(s3 === undefined ? {} : { AWS_ENDPOINT_URL_S3: s3 }),
        ...(all === undefined ? {} : { AWS_ENDPOINT_URL: all }),
        ...(skip === undefined ? {} : { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: skip }),
      });
      const settings = {
        region: "us-east-1",
        credentials: TEST_CREDENTIALS,
        forcePathStyle: true,
        maxAttempts: 1,
        ...config,
      };
      const oursHandler = new CaptureHandler({
        statusCode: 200,
        body: "<ListInventoryConfigurationsResult/>",
      });
      const sdkHandler = new CaptureHandler({
        statusCode: 200,
        body: "<ListInventoryConfigurationsResult/>",
      });
      await new ours.S3InventoryClient({ ...settings, requestHandler: oursHandler }).send(
        new ours.ListBucketInventoryConfigurationsCommand(LIST),
      );
      await new sdk.S3Client({ ...settings, requestHandler: sdkHandler }).send(
        new sdk.ListBucketInventoryConfigurationsCommand(LIST),
      );
      expect(where(oursHandler), JSON.stringify({ s3, all, skip, config })).toBe(where(sdkHandler));
      seen.add(where(oursHandler));
    }
    // Every source won somewhere: the comparison covered each of them.
    expect([...seen].map((url) => url && new URL(url).host).sort()).toEqual(
      ["127.0.0.1:4566", "127.0.0.2:9000", "127.0.0.3:8080", "s3.us-east-1.amazonaws.com"].sort(),
    );
  });

  it("reads the environment at the first request, then keeps it for the client's life, as the SDK", async () => {
    setEnvironment({});
    const handler = new CaptureHandler({ statusCode: 200, body: "<ListInventoryConfigurationsResult/>" });
    const client = new ours.S3InventoryClient({
      region: "us-east-1",
      credentials: TEST_CREDENTIALS,
      forcePathStyle: true,
      requestHandler: handler,
    });
    process.env["AWS_ENDPOINT_URL"] = "http://127.0.0.1:4566";
    await client.send(new ours.ListBucketInventoryConfigurationsCommand(LIST));
    process.env["AWS_ENDPOINT_URL"] = "http://127.0.0.2:9000";
    await client.send(new ours.ListBucketInventoryConfigurationsCommand(LIST));
    expect(handler.requests.map((request) => request.hostname)).toEqual(["127.0.0.1", "127.0.0.1"]);
  });
});

describe("default credentials", () => {
  const accessKeyOf = (handler: CaptureHandler) =>
    /Credential=([^/]+)\//.exec(String(handler.requests[0]?.headers["authorization"]))?.[1];

  it("without keys in the environment, read a profile through @aws-sdk/credential-provider-node, as S3Client", async () => {
    const credentialsFile = join(home, "credentials");
    writeFileSync(
      credentialsFile,
      "[default]\naws_access_key_id = AKIAPROFILEEXAMPLE\naws_secret_access_key = profile-secret\n",
    );
    setEnvironment({ AWS_SHARED_CREDENTIALS_FILE: credentialsFile });
    const oursHandler = new CaptureHandler({ statusCode: 200, body: "<ListInventoryConfigurationsResult/>" });
    const sdkHandler = new CaptureHandler({ statusCode: 200, body: "<ListInventoryConfigurationsResult/>" });
    await new ours.S3InventoryClient({ region: "us-east-1", requestHandler: oursHandler }).send(
      new ours.ListBucketInventoryConfigurationsCommand(LIST),
    );
    await new sdk.S3Client({ region: "us-east-1", requestHandler: sdkHandler }).send(
      new sdk.ListBucketInventoryConfigurationsCommand(LIST),
    );
    expect(accessKeyOf(oursHandler)).toBe("AKIAPROFILEEXAMPLE");
    expect(accessKeyOf(sdkHandler)).toBe("AKIAPROFILEEXAMPLE");
  });

  it("prefer the environment's keys, without loading the chain", async () => {
    setEnvironment({ AWS_ACCESS_KEY_ID: "AKIAENVEXAMPLE", AWS_SECRET_ACCESS_KEY: "env-secret" });
    const handler = new CaptureHandler({ statusCode: 200, body: "<ListInventoryConfigurationsResult/>" });
    await new ours.S3InventoryClient({ region: "us-east-1", requestHandler: handler }).send(
      new ours.ListBucketInventoryConfigurationsCommand(LIST),
    );
    expect(accessKeyOf(handler)).toBe("AKIAENVEXAMPLE");
  });
});

describe("the published bundle where @aws-sdk/credential-provider-node is not installed", () => {
  const run = promisify(execFile);
  let alone: string;
  beforeAll(() => {
    // dist/index.js imports nothing but node: built-ins, so a copy in an empty folder is the package
    // installed without the optional peer dependency.
    alone = mkdtempSync(join(tmpdir(), "s3-inventory-client-alone-"));
    copyFileSync(fileURLToPath(new URL("../dist/index.js", import.meta.url)), join(alone, "index.mjs"));
  });
  afterAll(() => rmSync(alone, { recursive: true, force: true }));

  it("fails with one error naming both fixes, and no secret", async () => {
    const script = `
      import { S3InventoryClient, ListBucketInventoryConfigurationsCommand } from "./index.mjs";
      const client = new S3InventoryClient({ region: "us-east-1", endpoint: "http://127.0.0.1:9", maxAttempts: 1 });
      try { await client.send(new ListBucketInventoryConfigurationsCommand({ Bucket: "b" })); }
      catch (error) { console.log(JSON.stringify({ name: error.name, message: error.message })); }`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
      cwd: alone,
      env: { PATH: process.env["PATH"] ?? "", HOME: alone, AWS_SECRET_ACCESS_KEY: "half-configured-secret" },
    });
    expect(JSON.parse(stdout)).toEqual({
      name: "CredentialsProviderError",
      message:
        "No credentials: pass `credentials`, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or install " +
        "@aws-sdk/credential-provider-node to use profiles, SSO and instance roles as S3Client does.",
    });
  });
});
