// Typed errors: one class per catalogue code, the base class for any other code, clear errors for
// answers that carry no <Error> document.
import { S3_ERROR_CATALOGUE } from "@s3-inventory/model";
import { ServiceException } from "@smithy/smithy-client";
import { ConfiguredRetryStrategy } from "@smithy/util-retry";
import { describe, expect, test } from "vitest";
import * as client from "../src/index.js";
import { type CannedResponse, CaptureHandler } from "./support/capture-handler.js";
import { clientOver } from "./support/clients.js";

function send(answer: CannedResponse, operation: "Get" | "Delete" = "Get") {
  const handler = new CaptureHandler(answer);
  const s3 = clientOver(handler, { retryStrategy: new ConfiguredRetryStrategy(3, () => 0) });
  const input = { Bucket: "src", Id: "report-1" };
  const command =
    operation === "Get"
      ? new client.GetBucketInventoryConfigurationCommand(input)
      : new client.DeleteBucketInventoryConfigurationCommand(input);
  return s3.send(command).then(
    () => expect.unreachable("the command should fail"),
    (error: client.S3InventoryServiceException) => error,
  );
}

const xmlError = (code: string, extra = "") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>Text of ${code}</Message>${extra}<RequestId>REQ1</RequestId><HostId>HOST1</HostId></Error>`;

describe("one class per catalogue code", () => {
  test.each(Object.values(S3_ERROR_CATALOGUE))("$code (HTTP $httpStatus)", async (definition) => {
    const ErrorClass = (client as unknown as Record<string, new (...args: never[]) => Error>)[
      definition.code
    ];
    expect(ErrorClass, `index.ts exports ${definition.code}`).toBeTypeOf("function");
    const extra = definition.extraFields.map((field) => `<${field}>value of ${field}</${field}>`).join("");
    const error = await send({ statusCode: definition.httpStatus, body: xmlError(definition.code, extra) });
    expect(error).toBeInstanceOf(ErrorClass!);
    expect(error).toBeInstanceOf(client.S3InventoryServiceException);
    expect(error).toBeInstanceOf(ServiceException);
    expect(error.name).toBe(definition.code);
    expect(error.Code).toBe(definition.code);
    expect(error.message).toBe(`Text of ${definition.code}`);
    expect(error.RequestId).toBe("REQ1");
    expect(error.HostId).toBe("HOST1");
    for (const field of definition.extraFields) expect(error[field]).toBe(`value of ${field}`);
    expect(error.$metadata.httpStatusCode).toBe(definition.httpStatus);
  });

  test("a class matches only its own code", async () => {
    const error = await send({ statusCode: 404, body: xmlError("NoSuchConfiguration") });
    expect(error).toBeInstanceOf(client.NoSuchConfiguration);
    expect(error).not.toBeInstanceOf(client.NoSuchBucket);
  });
});

describe("codes outside the catalogue", () => {
  test("throw the base class named after the code, with every field of the document", async () => {
    const error = await send({
      statusCode: 400,
      headers: { "x-amz-request-id": "HEADER-REQ", "x-amz-id-2": "HEADER-ID2" },
      body: xmlError("BrandNewCode", "<Detail>d</Detail>"),
    });
    expect(error.constructor).toBe(client.S3InventoryServiceException);
    expect(error).toMatchObject({
      name: "BrandNewCode",
      Code: "BrandNewCode",
      Detail: "d",
      message: "Text of BrandNewCode",
      $fault: "client",
      $metadata: {
        httpStatusCode: 400,
        requestId: "HEADER-REQ",
        extendedRequestId: "HEADER-ID2",
        attempts: 1,
      },
    });
    expect(error).not.toHaveProperty("Message");
  });

  test("a 5xx is a server fault", async () => {
    const error = await send({ statusCode: 500, body: xmlError("Weird") });
    expect(error.$fault).toBe("server");
    expect(error.$metadata.attempts).toBe(3);
  });
});

describe("answers without an <Error> document", () => {
  test("an HTML page from a proxy gives an error that says what came back", async () => {
    const error = await send({
      statusCode: 502,
      headers: { "content-type": "text/html" },
      body: "<html><body>Bad Gateway</body></html>",
    });
    expect(error).toBeInstanceOf(client.S3InventoryServiceException);
    expect(error.$metadata.httpStatusCode).toBe(502);
    expect(error.$fault).toBe("server");
    expect(error.message).toMatch(
      /^S3 answered HTTP 502 Bad Gateway with a 37-byte body that is not an S3 <Error> document \(content-type: text\/html\)/,
    );
  });

  test("an empty 503 says so, after the retries", async () => {
    const error = await send({ statusCode: 503 });
    expect(error.message).toMatch(/^S3 answered HTTP 503 Service Unavailable with an empty body/);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 503, attempts: 3 });
  });

  test("an empty 404 is NotFound, as in the SDK", async () => {
    const error = await send({ statusCode: 404 }, "Delete");
    expect(error.name).toBe("NotFound");
    expect(error.$fault).toBe("client");
  });
});

describe("an <Error> document in a 200", () => {
  test("fails Get as a retryable 503, as the SDK does", async () => {
    const error = await send({ statusCode: 200, body: xmlError("InternalError") });
    expect(error).toBeInstanceOf(client.InternalError);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 503, attempts: 3 });
  });
});

describe("a 200 whose body is not the expected document", () => {
  test("another document (a proxy's HTML): UnexpectedResponseBodyError, status in $metadata, raw answer on $response", async () => {
    const error = (await send({
      statusCode: 200,
      headers: { "content-type": "text/html" },
      body: "<html><p>login</p>",
    })) as unknown as client.UnexpectedResponseBodyError & { $response?: unknown };
    expect(error).toBeInstanceOf(client.UnexpectedResponseBodyError);
    expect(error.message).toBe("Not an <InventoryConfiguration> document: root element <html>.");
    expect(error.$metadata.httpStatusCode).toBe(200);
    expect(error.$response).toMatchObject({ statusCode: 200 });
    expect(Object.keys(error)).not.toContain("$response");
  });

  test("bytes that are not XML: the reader's error, and where the raw answer is", async () => {
    const error = (await send({ statusCode: 200, headers: {}, body: "login required" })) as Error &
      client.S3InventoryServiceException;
    expect(error.name).toBe("XmlParseError");
    expect(error.message).toContain("to see the raw response, inspect the hidden field {error}.$response");
    expect(error.$metadata.httpStatusCode).toBe(200);
  });
});
