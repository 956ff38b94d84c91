import type { AwsCredentialIdentity } from "@smithy/types";
import { describe, expect, test, vi } from "vitest";
import { memoizeCredentials } from "./memoize-credentials.js";

const identity = (expiresInMs?: number): AwsCredentialIdentity => ({
  accessKeyId: "AKID",
  secretAccessKey: "SECRET",
  ...(expiresInMs === undefined ? {} : { expiration: new Date(Date.now() + expiresInMs) }),
});

describe("memoizeCredentials", () => {
  test("returns static credentials as given", async () => {
    const credentials = identity();
    await expect(memoizeCredentials(credentials)()).resolves.toBe(credentials);
  });

  test("calls a provider once for credentials that do not expire, also when called concurrently", async () => {
    const provider = vi.fn(async () => identity());
    const memoized = memoizeCredentials(provider);
    await Promise.all([memoized(), memoized(), memoized()]);
    await memoized();
    expect(provider).toHaveBeenCalledTimes(1);
  });

  test("calls the provider again when the credentials expire within five minutes", async () => {
    const provider = vi.fn(async () => identity(60_000));
    const memoized = memoizeCredentials(provider);
    await memoized();
    await memoized();
    expect(provider).toHaveBeenCalledTimes(2);
  });

  test("keeps credentials that expire in more than five minutes", async () => {
    const provider = vi.fn(async () => identity(3_600_000));
    const memoized = memoizeCredentials(provider);
    await memoized();
    await memoized();
    expect(provider).toHaveBeenCalledTimes(1);
  });

  test("does not cache a failure", async () => {
    const provider = vi
      .fn<() => Promise<AwsCredentialIdentity>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValueOnce(identity());
    const memoized = memoizeCredentials(provider);
    await expect(memoized()).rejects.toThrow("offline");
    await expect(memoized()).resolves.toMatchObject({ accessKeyId: "AKID" });
  });
});
