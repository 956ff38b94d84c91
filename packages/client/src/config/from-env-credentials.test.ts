import { describe, expect, test } from "vitest";
import { CredentialsNotFoundError, fromEnvCredentials } from "./from-env-credentials.js";

describe("fromEnvCredentials", () => {
  test("reads the key pair, the session token and the expiration", async () => {
    const identity = await fromEnvCredentials({
      AWS_ACCESS_KEY_ID: "AKID",
      AWS_SECRET_ACCESS_KEY: "SECRET",
      AWS_SESSION_TOKEN: "TOKEN",
      AWS_CREDENTIAL_EXPIRATION: "2030-01-01T00:00:00Z",
    })();
    expect(identity).toEqual({
      accessKeyId: "AKID",
      secretAccessKey: "SECRET",
      sessionToken: "TOKEN",
      expiration: new Date("2030-01-01T00:00:00Z"),
    });
  });

  test("leaves out a session token that is not set", async () => {
    const identity = await fromEnvCredentials({
      AWS_ACCESS_KEY_ID: "AKID",
      AWS_SECRET_ACCESS_KEY: "SECRET",
    })();
    expect(identity).toEqual({ accessKeyId: "AKID", secretAccessKey: "SECRET" });
  });

  test.each([[{}], [{ AWS_ACCESS_KEY_ID: "AKID" }], [{ AWS_SECRET_ACCESS_KEY: "do-not-print-me" }]])(
    "without both keys (%j) fails with what to set, and no secret",
    async (env) => {
      const failure = fromEnvCredentials(env)();
      await expect(failure).rejects.toBeInstanceOf(CredentialsNotFoundError);
      await expect(failure).rejects.toThrow(
        /AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY .*fromNodeProviderChain/s,
      );
      const message = await failure.catch((error: Error) => `${error.name} ${error.message} ${error.stack}`);
      expect(message).not.toContain("do-not-print-me");
    },
  );

  test("reads the variables when called, not when created", async () => {
    const env: NodeJS.ProcessEnv = {};
    const provider = fromEnvCredentials(env);
    env["AWS_ACCESS_KEY_ID"] = "LATER";
    env["AWS_SECRET_ACCESS_KEY"] = "SECRET";
    await expect(provider()).resolves.toMatchObject({ accessKeyId: "LATER" });
  });
});
