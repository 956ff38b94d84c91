// Every request the runner sends is correctly signed: the whole suite passes against the mock in strict mode
// (SigV4 verified against the key), through our client and the SDK; wrong keys are an environment error.

import { ConfigurationError } from "@s3-inventory/cli-kit";
import { startMockServer } from "@s3-inventory/mock/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endpointArguments, idsWith, runQuietly, TEST_CREDENTIALS } from "./support/run-quietly.js";

let server: Awaited<ReturnType<typeof startMockServer>>;
beforeAll(async () => {
  server = await startMockServer({
    auth: "strict",
    credentials: [
      {
        accessKeyId: TEST_CREDENTIALS.AWS_ACCESS_KEY_ID,
        secretAccessKey: TEST_CREDENTIALS.AWS_SECRET_ACCESS_KEY,
      },
    ],
  });
});
afterAll(() => server.close());

describe("signatures against a strict mock", () => {
  it.each([["ours"], ["sdk"]])(
    "every case passes with the %s client (raw requests included)",
    async (client) => {
      const outcome = await runQuietly([
        ...endpointArguments(server.url),
        "--client",
        client,
        "--exclude-tag",
        "slow",
      ]);
      expect(idsWith(outcome, "passed")).toHaveLength(outcome.report?.cases.length ?? -1);
    },
    180_000,
  );

  it("a wrong secret key is one configuration error with S3's reason, before any case runs", async () => {
    const saved = process.env.AWS_SECRET_ACCESS_KEY;
    try {
      const error = await runQuietly([...endpointArguments(server.url), "--grep", "^put-status-204$"], {
        env: { AWS_SECRET_ACCESS_KEY: "not-the-right-secret-key-0123456789abcdefgh" },
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/refused the credentials: SignatureDoesNotMatch/);
    } finally {
      process.env.AWS_SECRET_ACCESS_KEY = saved;
    }
  });
});
