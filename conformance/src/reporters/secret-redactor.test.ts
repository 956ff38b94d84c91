import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRedactor } from "./secret-redactor.js";

const credentials = {
  accessKeyId: "AKIAREALKEY1234567",
  secretAccessKey: "s3cr3t/Key+with=chars0123456789",
  sessionToken: "FwoGZXIvYXdzEJr//////////token",
};

describe("createRedactor", () => {
  it("removes the run's keys wherever they appear", () => {
    const redact = createRedactor(credentials);
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom(credentials.secretAccessKey, credentials.sessionToken, credentials.accessKeyId),
        fc.string(),
        (a, secret, b) => {
          expect(redact(a + secret + b)).not.toContain(secret);
        },
      ),
    );
  });

  it("removes SigV4 signatures and security tokens", () => {
    const redact = createRedactor(undefined);
    const header =
      "authorization: AWS4-HMAC-SHA256 Credential=AKIAX/20260101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=abcdef0123";
    expect(redact(header)).not.toMatch(/Signature=abcdef|AKIAX/);
    expect(redact("?X-Amz-Signature=deadbeef&X-Amz-Security-Token=tok")).toBe(
      "?X-Amz-Signature=[REDACTED]&X-Amz-Security-Token=[REDACTED]",
    );
    expect(redact('{"x-amz-security-token": "tok123"}')).not.toContain("tok123");
  });
});
