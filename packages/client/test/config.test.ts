// Client configuration: what an S3Client user passes works the same way here.
import { describe, expect, test } from "vitest";
import { DeleteBucketInventoryConfigurationCommand, S3InventoryClient } from "../src/index.js";
import { CaptureHandler } from "./support/capture-handler.js";
import { clientOver, TEST_CREDENTIALS } from "./support/clients.js";

const deleteCommand = () => new DeleteBucketInventoryConfigurationCommand({ Bucket: "src", Id: "r" });

describe("configuration", () => {
  test("without credentials, signs with AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN", async () => {
    const previous = { ...process.env };
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: "AKIDFROMENV",
      AWS_SECRET_ACCESS_KEY: "s",
      AWS_SESSION_TOKEN: "envtoken",
    });
    try {
      const handler = new CaptureHandler({ statusCode: 204 });
      await new S3InventoryClient({ region: "us-east-1", requestHandler: handler }).send(deleteCommand());
      expect(handler.requests[0]?.headers["authorization"]).toContain("Credential=AKIDFROMENV/");
      expect(handler.requests[0]?.headers["x-amz-security-token"]).toBe("envtoken");
    } finally {
      process.env = previous;
    }
  });

  test("credentials may be a provider, called once and reused", async () => {
    let calls = 0;
    const handler = new CaptureHandler({ statusCode: 204 });
    const client = new S3InventoryClient({
      region: "us-east-1",
      requestHandler: handler,
      credentials: async () => {
        calls++;
        return { accessKeyId: "AKIDPROVIDED", secretAccessKey: "s" };
      },
    });
    await client.send(deleteCommand());
    await client.send(deleteCommand());
    expect(calls).toBe(1);
    expect(handler.requests[1]?.headers["authorization"]).toContain("Credential=AKIDPROVIDED/");
  });

  test("region and endpoint may be providers, and the endpoint an SDK Endpoint object", async () => {
    const handler = new CaptureHandler({ statusCode: 204 });
    const client = new S3InventoryClient({
      region: async () => "eu-west-3",
      endpoint: async () => ({ protocol: "http:", hostname: "localhost", port: 9000, path: "/" }),
      forcePathStyle: true,
      credentials: TEST_CREDENTIALS,
      requestHandler: handler,
    });
    await client.send(deleteCommand());
    expect(handler.requests[0]).toMatchObject({
      protocol: "http:",
      hostname: "localhost",
      port: 9000,
      path: "/src/",
    });
    expect(handler.requests[0]?.headers["authorization"]).toContain("/eu-west-3/s3/aws4_request");
  });

  test("a missing region fails when sending, with the SDK's message", async () => {
    const client = new S3InventoryClient({
      credentials: TEST_CREDENTIALS,
      requestHandler: new CaptureHandler(),
    });
    await expect(client.send(deleteCommand())).rejects.toThrow("Region is missing");
  });

  test("passes the abort signal to the handler", async () => {
    const handler = new CaptureHandler({ statusCode: 204 });
    const client = clientOver(handler);
    const controller = new AbortController();
    await client.send(deleteCommand(), { abortSignal: controller.signal });
    expect(handler.options[0]?.abortSignal).toBe(controller.signal);
  });

  test("corrects its clock from the server's Date when it is 5 minutes off or more, as the SDK", async () => {
    const serverDate = new Date(Date.now() + 3_600_000);
    const handler = new CaptureHandler({ statusCode: 204, headers: { date: serverDate.toUTCString() } });
    const client = clientOver(handler);
    await client.send(deleteCommand());
    expect(client.config.systemClockOffset).toBeGreaterThan(3_500_000);
    await client.send(deleteCommand());
    const signedAt = handler.requests[1]?.headers["x-amz-date"];
    expect(signedAt?.slice(0, 11)).toBe(serverDate.toISOString().replace(/[-:]/g, "").slice(0, 11));
  });

  test("a RequestTimeTooSkewed error corrects the clock and is retried", async () => {
    const serverTime = new Date(Date.now() - 3_600_000).toISOString();
    const handler = new CaptureHandler(
      {
        statusCode: 403,
        body: `<Error><Code>RequestTimeTooSkewed</Code><Message>m</Message><ServerTime>${serverTime}</ServerTime></Error>`,
      },
      { statusCode: 204 },
    );
    const client = clientOver(handler);
    const output = await client.send(deleteCommand());
    expect(output.$metadata.attempts).toBe(2);
    expect(client.config.systemClockOffset).toBeLessThan(-3_500_000);
  });

  test.each(["useFipsEndpoint", "useDualstackEndpoint", "useAccelerateEndpoint"])(
    "refuses the SDK option %s instead of ignoring it",
    (option) => {
      expect(() => new S3InventoryClient({ region: "us-east-1", [option]: true } as never)).toThrow(
        new RegExp(`does not support \`${option}\`: pass the endpoint you need as \`endpoint\``),
      );
    },
  );

  test("cacheMiddleware reuses the resolved stack and still sends each command's own input", async () => {
    const handler = new CaptureHandler({ statusCode: 204 });
    const client = clientOver(handler, { cacheMiddleware: true });
    await client.send(new DeleteBucketInventoryConfigurationCommand({ Bucket: "src", Id: "one" }));
    await client.send(new DeleteBucketInventoryConfigurationCommand({ Bucket: "src", Id: "two" }));
    expect(handler.requests.map((r) => r.query["id"])).toEqual(["one", "two"]);
  });
});
