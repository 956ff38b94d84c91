import { describe, expect, it } from "vitest";
import { sdkErrorFromBody, sdkParseListResult, sdkPutRequest } from "./sdk-oracle.js";

// Pins the oracle to what s3-inventory-facts.md section 3 recorded from @aws-sdk/client-s3 3.1175.0, so a
// drift in the pinned SDK (or in the harness) shows here rather than as puzzling differential failures.
describe("sdk-oracle", () => {
  it("captures the Put body of facts section 3.1 (required-members-first order)", async () => {
    const request = await sdkPutRequest({
      Bucket: "src-bucket",
      Id: "report-1",
      InventoryConfiguration: {
        Destination: {
          S3BucketDestination: {
            AccountId: "123456789012",
            Bucket: "arn:aws:s3:::dest-bucket",
            Format: "CSV",
            Prefix: "inv/",
            Encryption: { SSES3: {} },
          },
        },
        IsEnabled: false,
        Filter: { Prefix: "logs/" },
        Id: "report-1",
        IncludedObjectVersions: "Current",
        OptionalFields: ["Size", "ETag"],
        Schedule: { Frequency: "Weekly" },
      },
    });
    expect(request.method).toBe("PUT");
    expect(request.headers["content-type"]).toBe("application/xml");
    expect(request.body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Destination><S3BucketDestination><Bucket>arn:aws:s3:::dest-bucket</Bucket><Format>CSV</Format><AccountId>123456789012</AccountId><Prefix>inv/</Prefix><Encryption><SSE-S3/></Encryption></S3BucketDestination></Destination><IsEnabled>false</IsEnabled><Id>report-1</Id><IncludedObjectVersions>Current</IncludedObjectVersions><Schedule><Frequency>Weekly</Frequency></Schedule><Filter><Prefix>logs/</Prefix></Filter><OptionalFields><Field>Size</Field><Field>ETag</Field></OptionalFields></InventoryConfiguration>',
    );
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
