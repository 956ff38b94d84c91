import type { InventoryConfiguration } from "../shapes/inventory-configuration.js";

// Examples whose wire form was observed from @aws-sdk/client-s3 (pinned by the sdk-oracle test), shared by the tests that pin them and
// published in `@s3-inventory/model/testing` for applications' tests.

/**
 * A configuration using every member, put through @aws-sdk/client-s3 3.1175.0.
 *
 * @example
 * ```ts
 * import { serializeInventoryConfiguration } from "@s3-inventory/model";
 * import { RECORDED_PUT_BODY, RECORDED_PUT_CONFIGURATION } from "@s3-inventory/model/testing";
 * import { expect } from "vitest";
 *
 * expect(serializeInventoryConfiguration(RECORDED_PUT_CONFIGURATION)).toBe(RECORDED_PUT_BODY);
 * ```
 * @public
 */
export const RECORDED_PUT_CONFIGURATION: InventoryConfiguration = {
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
};

/**
 * The body @aws-sdk/client-s3 3.1175.0 was observed to send for {@link RECORDED_PUT_CONFIGURATION}
 * (required members first, the order of 3.1050.0 and later).
 *
 * @example
 * ```ts
 * import type { InventoryConfiguration } from "@s3-inventory/model";
 * import { RECORDED_PUT_BODY, RECORDED_PUT_CONFIGURATION } from "@s3-inventory/model/testing";
 * import { expect } from "vitest";
 *
 * declare function sdkPutBody(configuration: InventoryConfiguration): Promise<string>; // the body @aws-sdk/client-s3 sends
 *
 * expect(await sdkPutBody(RECORDED_PUT_CONFIGURATION)).toBe(RECORDED_PUT_BODY);
 * ```
 * @public
 */
export const RECORDED_PUT_BODY =
  '<?xml version="1.0" encoding="UTF-8"?><InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Destination><S3BucketDestination><Bucket>arn:aws:s3:::dest-bucket</Bucket><Format>CSV</Format><AccountId>123456789012</AccountId><Prefix>inv/</Prefix><Encryption><SSE-S3/></Encryption></S3BucketDestination></Destination><IsEnabled>false</IsEnabled><Id>report-1</Id><IncludedObjectVersions>Current</IncludedObjectVersions><Schedule><Frequency>Weekly</Frequency></Schedule><Filter><Prefix>logs/</Prefix></Filter><OptionalFields><Field>Size</Field><Field>ETag</Field></OptionalFields></InventoryConfiguration>';
