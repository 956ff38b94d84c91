import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ConnectionSettings } from "../drivers/connection-settings.js";
import { SafetyViolationError } from "../errors/safety-violation-error.js";
import { CaseResources } from "./case-resources.js";

// Never contacted: the guard decides before anything is sent.
const settings: ConnectionSettings = {
  endpoint: "http://127.0.0.1:1",
  region: "us-east-1",
  forcePathStyle: true,
  credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "x" },
  tls: { rejectUnauthorized: true },
  requestTimeoutMs: 1000,
  maxResponseBytes: 1024 * 1024,
};
const prefix = "s3inv-abcdefgh-4-";
const resources = () =>
  new CaseResources(settings, { idPrefix: prefix, keep: true, missingBucket: "s3inv-abcdefgh-4-missing" });

describe("CaseResources.guard", () => {
  it("lets reads through anywhere", () => {
    expect(() =>
      resources().guard({ method: "GET", bucket: "users", inventory: true, id: "theirs" }),
    ).not.toThrow();
    expect(() =>
      resources().guard({ method: "HEAD", bucket: "users", inventory: false, id: undefined }),
    ).not.toThrow();
  });

  it("refuses any write on a foreign bucket to an id without the run prefix", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("PUT", "DELETE", "POST"),
        fc.string().filter((id) => !id.startsWith(prefix)),
        (method, id) => {
          expect(() => resources().guard({ method, bucket: "users", inventory: true, id })).toThrow(
            SafetyViolationError,
          );
        },
      ),
    );
  });

  it("refuses bucket-level writes on a bucket it did not create, even the missing one", () => {
    for (const bucket of ["users", "s3inv-abcdefgh-4-missing"]) {
      expect(() => resources().guard({ method: "DELETE", bucket, inventory: false, id: undefined })).toThrow(
        /did not create/,
      );
    }
  });

  it("allows namespaced ids and records them for cleanup", async () => {
    const r = resources();
    r.guard({ method: "PUT", bucket: "users", inventory: true, id: `${prefix}daily` });
    expect(await r.cleanup()).toEqual({ status: "kept", message: `kept: users?inventory&id=${prefix}daily` });
  });

  it("has nothing to clean when nothing was written", async () => {
    expect(await resources().cleanup()).toEqual({ status: "nothing" });
  });
});
