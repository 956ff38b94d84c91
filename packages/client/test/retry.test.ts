// Standard retry: 3 attempts, exponential backoff with jitter, on 5xx, throttling, timeouts and
// connection resets, never on another 4xx; the same amz-sdk-invocation-id / amz-sdk-request headers as
// @aws-sdk/client-s3 (compared attempt by attempt).
import { ConfiguredRetryStrategy } from "@smithy/util-retry";
import { describe, expect, test } from "vitest";
import { DeleteBucketInventoryConfigurationCommand } from "../src/index.js";
import { type CannedResponse, CaptureHandler } from "./support/capture-handler.js";
import { clientOver, makeClientPair, sendBoth } from "./support/clients.js";

const errorBody = (code: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>m</Message></Error>`;
const answer = (statusCode: number, code?: string): CannedResponse => ({
  statusCode,
  headers: { "content-type": "application/xml" },
  body: code ? errorBody(code) : "",
});
const networkError = (code: string, name = "Error") =>
  Object.assign(new Error(`socket ${code}`), { code, name });

/** A client whose retries do not wait, so the table below runs fast; classification is the standard one. */
function quickClient(handler: CaptureHandler) {
  return clientOver(handler, { retryStrategy: new ConfiguredRetryStrategy(3, () => 0) });
}

const command = () => new DeleteBucketInventoryConfigurationCommand({ Bucket: "src", Id: "report-1" });

describe("which failures are retried", () => {
  test.each([
    ["500 InternalError", answer(500, "InternalError")],
    [
      "502 with an HTML page",
      { statusCode: 502, headers: { "content-type": "text/html" }, body: "<html>Bad gateway</html>" },
    ],
    ["503 SlowDown", answer(503, "SlowDown")],
    ["503 with an empty body", answer(503)],
    ["504", answer(504)],
    ["400 RequestTimeout", answer(400, "RequestTimeout")],
    ["400 Throttling", answer(400, "Throttling")],
    ["a TimeoutError from the handler", networkError("ETIMEDOUT", "TimeoutError")],
    ["a connection reset", networkError("ECONNRESET")],
  ] as const)("%s: 3 attempts", async (_, failure) => {
    const handler = new CaptureHandler(failure, failure, failure);
    const error = await quickClient(handler)
      .send(command())
      .catch((e: { $metadata: { attempts: number } }) => e);
    expect(handler.requests).toHaveLength(3);
    expect(error.$metadata.attempts).toBe(3);
  });

  test.each([
    ["400 MalformedXML", answer(400, "MalformedXML")],
    ["400 IdMismatch", answer(400, "IdMismatch")],
    ["403 AccessDenied", answer(403, "AccessDenied")],
    ["404 NoSuchConfiguration", answer(404, "NoSuchConfiguration")],
    ["404 with an empty body", answer(404)],
    ["409 BucketAlreadyExists", answer(409, "BucketAlreadyExists")],
  ] as const)("%s: 1 attempt", async (_, failure) => {
    const handler = new CaptureHandler(failure, { statusCode: 204 });
    await expect(quickClient(handler).send(command())).rejects.toMatchObject({ $metadata: { attempts: 1 } });
    expect(handler.requests).toHaveLength(1);
  });

  test("a success after two failures returns the success with attempts 3", async () => {
    const handler = new CaptureHandler(answer(503, "SlowDown"), answer(500, "InternalError"), {
      statusCode: 204,
    });
    const output = await quickClient(handler).send(command());
    expect(output.$metadata).toMatchObject({ httpStatusCode: 204, attempts: 3 });
  });
});

describe("the default strategy", () => {
  test("makes 3 attempts with a backoff delay, and maxAttempts changes the count", async () => {
    const handler = new CaptureHandler(answer(503, "SlowDown"));
    const client = clientOver(handler);
    const error = await client
      .send(command())
      .catch((e: { $metadata: { attempts: number; totalRetryDelay: number } }) => e);
    expect(error.$metadata.attempts).toBe(3);
    expect(error.$metadata.totalRetryDelay).toBeGreaterThan(0);

    handler.answerWith(answer(500, "InternalError"));
    const two = clientOver(handler, { maxAttempts: 2 });
    await expect(two.send(command())).rejects.toMatchObject({ $metadata: { attempts: 2 } });
    expect(handler.requests).toHaveLength(2);
  });

  test("sends the same retry headers as the SDK, attempt by attempt", async () => {
    const failures = [answer(503, "SlowDown"), answer(500, "InternalError"), { statusCode: 204 }];
    const pair = makeClientPair({ maxAttempts: 3 }, ...failures);
    // Unpinned invocation ids: compare their shape and that each command keeps one across attempts.
    pair.oursHandler.answerWith(...failures);
    pair.sdkHandler.answerWith(...failures);
    const { oursResult, sdkResult } = await sendBoth(pair, "Delete", { Bucket: "src", Id: "r" });
    expect(oursResult.ok && sdkResult.ok).toBe(true);
    const retryHeaders = (handler: CaptureHandler) =>
      handler.requests.map((r) => [r.headers["amz-sdk-request"], r.headers["amz-sdk-invocation-id"]]);
    expect(retryHeaders(pair.oursHandler)).toEqual(retryHeaders(pair.sdkHandler));
    expect(retryHeaders(pair.oursHandler).map(([attempt]) => attempt)).toEqual([
      "attempt=1; max=3",
      "attempt=2; max=3",
      "attempt=3; max=3",
    ]);
  });

  test("gives every command its own invocation id, kept across its attempts", async () => {
    const handler = new CaptureHandler(answer(503), { statusCode: 204 }, answer(503), { statusCode: 204 });
    const client = quickClient(handler);
    await client.send(command());
    await client.send(command());
    const ids = handler.requests.map((r) => r.headers["amz-sdk-invocation-id"]);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[2]);
  });
});
