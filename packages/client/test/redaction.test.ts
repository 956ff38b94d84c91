// Secrets (secret key, session token, signatures, SSE-KMS key ids) never reach a logger, an error
// message, or anything util.inspect shows of an error.
import { inspect } from "node:util";
import type { Logger } from "@smithy/types";
import { describe, expect, test } from "vitest";
import {
  GetBucketInventoryConfigurationCommand,
  PutBucketInventoryConfigurationCommand,
  S3InventoryClient,
} from "../src/index.js";
import { type CannedResponse, CaptureHandler } from "./support/capture-handler.js";
import { clientOver, TEST_CREDENTIALS } from "./support/clients.js";

const KMS_KEY_ID = "arn:aws:kms:us-east-1:123456789012:key/secret-key-id-1234";
const CONFIGURATION = {
  Destination: {
    S3BucketDestination: {
      Bucket: "arn:aws:s3:::dest",
      Format: "CSV" as const,
      Encryption: { SSEKMS: { KeyId: KMS_KEY_ID } },
    },
  },
  IsEnabled: true,
  Id: "report-1",
  IncludedObjectVersions: "All" as const,
  Schedule: { Frequency: "Daily" as const },
};
const GET_BODY = `<InventoryConfiguration><Destination><S3BucketDestination><Bucket>arn:aws:s3:::dest</Bucket><Format>CSV</Format><Encryption><SSE-KMS><KeyId>${KMS_KEY_ID}</KeyId></SSE-KMS></Encryption></S3BucketDestination></Destination><IsEnabled>true</IsEnabled><Id>report-1</Id><IncludedObjectVersions>All</IncludedObjectVersions><Schedule><Frequency>Daily</Frequency></Schedule></InventoryConfiguration>`;

function recordingLogger() {
  const entries: unknown[] = [];
  const record = (...args: unknown[]) => entries.push(args);
  const logger: Logger = { trace: record, debug: record, info: record, warn: record, error: record };
  return { logger, text: () => inspect(entries, { depth: 20, showHidden: true }) };
}

function clientWith(answer: CannedResponse, logger: Logger) {
  const handler = new CaptureHandler(answer);
  return {
    handler,
    client: clientOver(handler, { logger, maxAttempts: 1 }),
  };
}

function expectNoSecret(text: string, signature?: string) {
  expect(text).not.toContain(TEST_CREDENTIALS.secretAccessKey);
  expect(text).not.toContain(TEST_CREDENTIALS.sessionToken);
  expect(text).not.toContain(KMS_KEY_ID);
  expect(text).not.toMatch(/Signature=/);
  if (signature) expect(text).not.toContain(signature);
}

describe("redaction", () => {
  test("the info log of a Put and a Get has the command and metadata but no KMS key id", async () => {
    const { logger, text } = recordingLogger();
    const { client, handler } = clientWith({ statusCode: 204 }, logger);
    await client.send(
      new PutBucketInventoryConfigurationCommand({
        Bucket: "src",
        Id: "report-1",
        InventoryConfiguration: CONFIGURATION,
      }),
    );
    handler.answerWith({ statusCode: 200, body: GET_BODY });
    const output = await client.send(
      new GetBucketInventoryConfigurationCommand({ Bucket: "src", Id: "report-1" }),
    );
    // The caller still gets the real value; only the log is redacted.
    expect(output.InventoryConfiguration?.Destination?.S3BucketDestination?.Encryption?.SSEKMS?.KeyId).toBe(
      KMS_KEY_ID,
    );
    const logged = text();
    expect(logged).toContain("PutBucketInventoryConfigurationCommand");
    expect(logged).toContain("***SensitiveInformation***");
    expectNoSecret(logged);
  });

  test("a failure's log entry, message and inspected error hold no secret", async () => {
    const { logger, text } = recordingLogger();
    const { client, handler } = clientWith(
      {
        statusCode: 403,
        body: "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match</Message></Error>",
      },
      logger,
    );
    const error = await client
      .send(
        new PutBucketInventoryConfigurationCommand({
          Bucket: "src",
          Id: "report-1",
          InventoryConfiguration: CONFIGURATION,
        }),
      )
      .then(
        () => expect.unreachable("the Put should fail"),
        (e: Error) => e,
      );
    const signature = String(handler.requests[0]?.headers["authorization"]).split("Signature=")[1];
    expect(error.name).toBe("SignatureDoesNotMatch");
    expectNoSecret(text(), signature);
    expectNoSecret(
      `${error.message} ${error.stack} ${inspect(error, { depth: 20, showHidden: true })} ${JSON.stringify(error)}`,
      signature,
    );
  });

  // Through the SDK's chain (installed here as a dev dependency); without it, the message that names
  // the variables is checked against the published bundle in test/environment.test.ts.
  test("missing credentials fail without echoing a half-set secret", async () => {
    const { logger, text } = recordingLogger();
    const previous = { ...process.env };
    delete process.env["AWS_ACCESS_KEY_ID"];
    process.env["AWS_SECRET_ACCESS_KEY"] = "half-set-secret";
    // No profile of the machine's user, and no instance-metadata request off the machine.
    process.env["AWS_CONFIG_FILE"] = "/nonexistent/s3-inventory-config";
    process.env["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/s3-inventory-credentials";
    process.env["AWS_EC2_METADATA_DISABLED"] = "true";
    delete process.env["AWS_PROFILE"];
    try {
      const client = new S3InventoryClient({
        region: "us-east-1",
        requestHandler: new CaptureHandler(),
        logger,
      });
      const error = await client
        .send(new GetBucketInventoryConfigurationCommand({ Bucket: "src", Id: "r" }))
        .then(
          () => expect.unreachable("the Get should fail"),
          (e: Error) => e,
        );
      expect(error.name).toBe("CredentialsProviderError");
      expect(`${error.message} ${text()}`).not.toContain("half-set-secret");
    } finally {
      process.env = previous;
    }
  });
});
