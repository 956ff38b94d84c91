import { describe, expect, it } from "vitest";
import { createInventoryMockEngine } from "../inventory-mock-engine.js";

const FORM = new TextEncoder().encode("Action=GetCallerIdentity&Version=2011-06-15");
const signedBy = (accessKeyId: string) => ({
  "content-type": "application/x-www-form-urlencoded",
  authorization: `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20260101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00`,
});

describe("STS GetCallerIdentity on the mock's endpoint", () => {
  it.each([
    ["a 12-digit key", "111111111111", {}, "111111111111"],
    [
      "any other key: the default account",
      "AKIAIOSFODNN7EXAMPLE",
      { defaultAccountId: "222222222222" },
      "222222222222",
    ],
    [
      "a configured key: its account",
      "AKIACONFIGURED",
      { credentials: [{ accessKeyId: "AKIACONFIGURED", secretAccessKey: "s", accountId: "333333333333" }] },
      "333333333333",
    ],
  ])("answers the account of %s", async (_name, key, options, account) => {
    const engine = createInventoryMockEngine(options);
    const response = await engine.handle({
      method: "POST",
      url: "http://127.0.0.1:4566/",
      headers: signedBy(key),
      body: FORM,
    });
    expect(response.status).toBe(200);
    const body = new TextDecoder().decode(response.body);
    expect(body).toContain(`<Account>${account}</Account>`);
    expect(body).toContain(`<Arn>arn:aws:iam::${account}:user/s3-inventory-mock</Arn>`);
  });

  it("refuses an anonymous request as any other, and leaves other POSTs to / NotImplemented", async () => {
    const engine = createInventoryMockEngine({});
    const anonymous = await engine.handle({
      method: "POST",
      url: "http://127.0.0.1:4566/",
      headers: {},
      body: FORM,
    });
    expect(anonymous.status).toBe(403);
    const other = await engine.handle({
      method: "POST",
      url: "http://127.0.0.1:4566/",
      headers: signedBy("AKIAIOSFODNN7EXAMPLE"),
      body: new TextEncoder().encode("Action=AssumeRole"),
    });
    expect(other.status).toBe(501);
  });
});
