import { describe, expect, it } from "vitest";
import { ECHOED_VALUE_MAX_LENGTH } from "../rules/limits.js";
import { createInvalidBucketOwnerAccountIdError } from "./create-invalid-bucket-owner-account-id-error.js";
import { isCredentialErrorCode, S3_ERROR_CATALOGUE } from "./s3-error-catalogue.js";
import { createS3Error } from "./s3-error-response.js";

describe("error constructors", () => {
  it("cut an echoed value to ECHOED_VALUE_MAX_LENGTH, and leave other fields whole", () => {
    const long = "x".repeat(ECHOED_VALUE_MAX_LENGTH + 10);
    expect(createInvalidBucketOwnerAccountIdError(long).message).toMatch(
      new RegExp(`\\[x{${ECHOED_VALUE_MAX_LENGTH}}\\]$`),
    );
    const error = createS3Error("InvalidLocationConstraint", {
      echoed: { LocationConstraint: long },
      fields: { BucketName: long },
    });
    expect(error.fields).toEqual({
      LocationConstraint: long.slice(0, ECHOED_VALUE_MAX_LENGTH),
      BucketName: long,
    });
  });

  it("tell credential refusals from other refusals", () => {
    const credential = Object.values(S3_ERROR_CATALOGUE)
      .filter((definition) => isCredentialErrorCode(definition.code))
      .map((definition) => definition.code);
    expect(credential.sort()).toEqual([
      "ExpiredToken",
      "InvalidAccessKeyId",
      "InvalidToken",
      "SignatureDoesNotMatch",
      "TokenRefreshRequired",
    ]);
    expect(isCredentialErrorCode("AccessDenied")).toBe(false);
    expect(isCredentialErrorCode("toString")).toBe(false);
  });
});
