import { describe, expect, it } from "vitest";
import { serializeErrorDocument } from "../codec/error-document-codec.js";
import { sdkErrorFromBody } from "../../test/support/sdk-oracle.js";
import { S3_ERROR_CATALOGUE, type S3ErrorDefinition } from "./s3-error-catalogue.js";

// Differential: what @aws-sdk/client-s3 3.1175.0 makes of each catalogued answer. A client built on the
// catalogue must see the same name, message, fault and fields as SDK users do.
const entries = Object.entries(S3_ERROR_CATALOGUE) as [string, S3ErrorDefinition][];

describe("S3_ERROR_CATALOGUE as @aws-sdk/client-s3 3.1175.0 sees it", () => {
  it.each(entries)("%s: name, message, $fault, status and extra fields", async (code, definition) => {
    const extra = Object.fromEntries(definition.extraFields.map((field) => [field, `${field}-value`]));
    const body = serializeErrorDocument({
      Code: code,
      Message: definition.message,
      ...extra,
      RequestId: "4442587FB7D0A2F9",
      HostId: "host-id",
    });
    const view = await sdkErrorFromBody(body, definition.httpStatus);
    expect({
      name: view.name,
      message: view.message,
      fault: view.fault,
      status: view.httpStatusCode,
    }).toEqual({
      name: code,
      message: definition.message,
      fault: definition.fault,
      status: definition.httpStatus,
    });
    for (const [field, value] of Object.entries(extra)) expect(view.fields[field]).toBe(value);
  });
});
