import { execFileSync } from "node:child_process";
import { S3_OPERATIONS } from "@s3-inventory/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ConnectionSettings } from "../drivers/connection-settings.js";
import { reproduceOperation, reproduceRawRequest } from "./reproduce-step.js";

const settings: ConnectionSettings = {
  endpoint: "http://127.0.0.1:4566",
  region: "eu-west-1",
  forcePathStyle: true,
  credentials: {
    accessKeyId: "AKIAIOSFODNN7EXAMPLE",
    secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  },
  tls: { rejectUnauthorized: true },
  requestTimeoutMs: 1000,
  maxResponseBytes: 1024 * 1024,
};

describe("reproduction commands", () => {
  it("writes the aws-cli command with the SDK-shaped configuration", () => {
    const command = reproduceOperation(settings, S3_OPERATIONS.PutBucketInventoryConfiguration, {
      Bucket: "src",
      Id: "1",
      InventoryConfiguration: { Id: "1", IsEnabled: true },
    });
    expect(command).toBe(
      `aws s3api put-bucket-inventory-configuration --bucket 'src' --id '1' --inventory-configuration '{"Id":"1","IsEnabled":true}' --region 'eu-west-1' --endpoint-url 'http://127.0.0.1:4566'`,
    );
  });

  it("writes a curl command that signs with the reader's own keys, never the run's", () => {
    const command = reproduceRawRequest(settings, {
      method: "PUT",
      bucket: "src",
      query: { inventory: "", id: "a b" },
      body: "<x/>",
    });
    expect(command).toBe(
      `curl -sS -i -X PUT --aws-sigv4 'aws:amz:eu-west-1:s3' --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" --data-binary '<x/>' 'http://127.0.0.1:4566/src/?id=a%20b&inventory='`,
    );
    expect(command).not.toContain(settings.credentials.secretAccessKey);
    expect(
      reproduceRawRequest(settings, { method: "GET", bucket: "src", query: {}, signed: false }),
    ).not.toContain("sigv4");
  });

  it("quotes any body so the shell passes it through unchanged", () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes("\u0000")),
        (body) => {
          const command = reproduceRawRequest(settings, {
            method: "PUT",
            bucket: "b",
            query: {},
            body,
            signed: false,
          });
          const quoted = command.slice(
            command.indexOf("--data-binary ") + "--data-binary ".length,
            command.lastIndexOf(" '"),
          );
          expect(execFileSync("sh", ["-c", `printf %s ${quoted}`], { encoding: "utf8" })).toBe(body);
        },
      ),
      { numRuns: 25 },
    );
  });
});
