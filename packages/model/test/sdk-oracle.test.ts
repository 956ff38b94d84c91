import { describe, expect, it } from "vitest";
import { RECORDED_PUT_BODY, RECORDED_PUT_CONFIGURATION } from "../src/testing/recorded-examples.js";
import { sdkErrorFromBody, sdkParseListResult, sdkPutRequest } from "./support/sdk-oracle.js";

// Pins the oracle to what was observed from @aws-sdk/client-s3 3.1175.0 with a capturing request handler, so a
// drift in the pinned SDK (or in the harness) shows here rather than as puzzling differential failures.
describe("sdk-oracle", () => {
  it("captures the Put body of facts section 3.1 (required-members-first order)", async () => {
    const request = await sdkPutRequest({
      Bucket: "src-bucket",
      Id: "report-1",
      InventoryConfiguration: RECORDED_PUT_CONFIGURATION,
    });
    expect(request.method).toBe("PUT");
    expect(request.headers["content-type"]).toBe("application/xml");
    expect(request.body).toBe(RECORDED_PUT_BODY);
  });

  it("parses an empty List page to IsTruncated only (facts section 3.2)", async () => {
    await expect(
      sdkParseListResult(
        "<ListInventoryConfigurationsResult><IsTruncated>false</IsTruncated></ListInventoryConfigurationsResult>",
      ),
    ).resolves.toStrictEqual({ IsTruncated: false });
  });

  it("surfaces an unmodeled error code as name, message and body fields (facts section 7.1)", async () => {
    const view = await sdkErrorFromBody(
      "<Error><Code>IdMismatch</Code><Message>Document ID does not match the specified configuration ID.</Message><RequestId>R</RequestId></Error>",
    );
    expect(view).toMatchObject({
      name: "IdMismatch",
      message: "Document ID does not match the specified configuration ID.",
      fault: "client",
      httpStatusCode: 400,
      fields: { Code: "IdMismatch", RequestId: "R" },
    });
  });
});
