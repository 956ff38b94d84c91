import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigurationError } from "@s3-inventory/cli-kit";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resolveCredentials } from "./resolve-credentials.js";

const VARIABLES = [
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_PROFILE",
  "AWS_SHARED_CREDENTIALS_FILE",
  "AWS_CONFIG_FILE",
] as const;

let directory: string;
let saved: Partial<Record<(typeof VARIABLES)[number], string>>;

beforeEach(async () => {
  saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of VARIABLES) delete process.env[name];
  directory = await mkdtemp(join(tmpdir(), "conformance-credentials-"));
  // A fresh file per test: the SDK caches shared files by path.
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(directory, "credentials");
  process.env.AWS_CONFIG_FILE = join(directory, "config");
  await writeFile(
    process.env.AWS_SHARED_CREDENTIALS_FILE,
    "[ci]\naws_access_key_id = AKIAPROFILEKEY\naws_secret_access_key = profile-secret\n",
  );
  await writeFile(process.env.AWS_CONFIG_FILE, "");
});

afterEach(async () => {
  for (const name of VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  vi.restoreAllMocks();
  await rm(directory, { recursive: true, force: true });
});

describe("resolveCredentials", () => {
  it("--profile wins over the environment's keys, without the SDK's multi-line warning", async () => {
    process.env.AWS_ACCESS_KEY_ID = "AKIAENVIRONMENTKEY";
    process.env.AWS_SECRET_ACCESS_KEY = "environment-secret";
    const warn = vi.spyOn(console, "warn");
    const credentials = await resolveCredentials("ci");
    expect(credentials).toEqual({ accessKeyId: "AKIAPROFILEKEY", secretAccessKey: "profile-secret" });
    expect(warn).not.toHaveBeenCalled();
  });

  it("AWS_PROFILE next to the environment's keys resolves quietly too", async () => {
    process.env.AWS_PROFILE = "ci";
    process.env.AWS_ACCESS_KEY_ID = "AKIAENVIRONMENTKEY";
    process.env.AWS_SECRET_ACCESS_KEY = "environment-secret";
    const warn = vi.spyOn(console, "warn");
    await resolveCredentials(undefined);
    expect(warn).not.toHaveBeenCalled();
  });

  it("without --profile, the environment's keys are used", async () => {
    process.env.AWS_ACCESS_KEY_ID = "AKIAENVIRONMENTKEY";
    process.env.AWS_SECRET_ACCESS_KEY = "environment-secret";
    expect((await resolveCredentials(undefined)).accessKeyId).toBe("AKIAENVIRONMENTKEY");
  });

  it("an unknown profile is a one-line configuration error", async () => {
    const failure = resolveCredentials("missing");
    await expect(failure).rejects.toBeInstanceOf(ConfigurationError);
    await expect(failure).rejects.toThrow(/^no credentials found for profile missing: /);
  });
});
