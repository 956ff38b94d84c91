import fc from "fast-check";
import { MAX_CLOCK_SKEW_MS, S3_ERROR_CATALOGUE } from "@s3-inventory/model";
import { describe, expect, it } from "vitest";
import { presignS3, sdkSigner, urlOf } from "../../../test/support/sdk-signer.js";
import { createInventoryMockEngine } from "../inventory-mock-engine.js";

// Differential: requests signed by the SDK's own signer (@smithy/signature-v4) must verify, and any
// change to what was signed must not.
const credentials = { accessKeyId: "AKIAPROPERTY00000001", secretAccessKey: "property/secret+key=" };
const signer = sdkSigner(credentials);
const now = Date.UTC(2026, 10, 25, 12, 0, 0);
const engine = createInventoryMockEngine({
  auth: "strict",
  credentials: [credentials],
  buckets: ["src"],
  now: () => now,
});

const queryValue = fc.string({ unit: "grapheme", maxLength: 24 });
const request = fc.record({
  id: queryValue,
  token: fc.option(queryValue, { nil: undefined }),
  extraHeader: fc.option(fc.stringMatching(/^[ -~]{0,30}$/), { nil: undefined }),
});

async function signed(input: { id: string; token: string | undefined; extraHeader: string | undefined }) {
  const query: Record<string, string> = { inventory: "", id: input.id };
  if (input.token !== undefined) query["continuation-token"] = input.token;
  const headers: Record<string, string> = { host: "127.0.0.1:4566" };
  if (input.extraHeader !== undefined) headers["x-amz-meta-note"] = input.extraHeader;
  return signer.sign(
    { method: "GET", protocol: "http:", hostname: "127.0.0.1", port: 4566, path: "/src/", query, headers },
    { signingDate: new Date(now - 60_000) },
  );
}

// A ListBucketInventoryConfigurations request on bucket `src`, to sign or presign.
const listRequest = {
  method: "GET",
  protocol: "http:",
  hostname: "127.0.0.1",
  port: 4566,
  path: "/src/",
  query: { inventory: "" },
  headers: { host: "127.0.0.1:4566" },
};

const lower = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

describe("verifySigV4 against @smithy/signature-v4 (property)", () => {
  it("accepts every request the SDK signs, whatever its query values and header text", async () => {
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        const req = await signed(input);
        const answer = await engine.handle({
          method: "GET",
          url: urlOf(req),
          headers: lower(req.headers),
          body: undefined,
        });
        expect(answer.status).not.toBe(403);
        expect(answer.status).not.toBe(400);
      }),
      { numRuns: 100 },
    );
  });

  it("refuses it once the signed query is changed", async () => {
    await fc.assert(
      fc.asyncProperty(request, fc.string({ minLength: 1, maxLength: 5 }), async (input, suffix) => {
        const req = await signed(input);
        const tampered = { ...req, query: { ...req.query, id: `${input.id}${suffix}` } };
        const answer = await engine.handle({
          method: "GET",
          url: urlOf(tampered),
          headers: lower(req.headers),
          body: undefined,
        });
        expect(answer.status).toBe(403);
        expect(new TextDecoder().decode(answer.body)).toContain("<Code>SignatureDoesNotMatch</Code>");
      }),
      { numRuns: 100 },
    );
  });

  it("accepts a presigned URL until it expires, then answers AccessDenied", async () => {
    const base = listRequest;
    const fresh = await presignS3(signer, base, { expiresIn: 120, signingDate: new Date(now - 60_000) });
    const ok = await engine.handle({ method: "GET", url: urlOf(fresh), headers: {}, body: undefined });
    expect(ok.status).toBe(200);
    const stale = await presignS3(signer, base, { expiresIn: 30, signingDate: new Date(now - 60_000) });
    const expired = await engine.handle({ method: "GET", url: urlOf(stale), headers: {}, body: undefined });
    expect(expired.status).toBe(403);
    const expiredText = new TextDecoder().decode(expired.body);
    expect(expiredText).toContain("<Message>Request has expired</Message>");
    expect(expiredText).toContain("<X-Amz-Expires>30</X-Amz-Expires>");
    expect(expiredText).toContain(`<Expires>${new Date(now - 30_000).toISOString().slice(0, 19)}Z</Expires>`);
    // Signed 20 minutes in the future: beyond the 15-minute skew S3 allows.
    const early = await presignS3(signer, base, { expiresIn: 60, signingDate: new Date(now + 20 * 60_000) });
    const notYet = await engine.handle({ method: "GET", url: urlOf(early), headers: {}, body: undefined });
    expect(notYet.status).toBe(403);
    const notYetText = new TextDecoder().decode(notYet.body);
    expect(notYetText).toContain("<Message>Request is not yet valid</Message>");
    expect(notYetText).toContain(`<X-Amz-Date>${Math.floor((now + 20 * 60_000) / 1000) * 1000}</X-Amz-Date>`);
  });

  it("refuses malformed dates", async () => {
    const req = await signed({ id: "r", token: undefined, extraHeader: undefined });
    for (const date of ["20261325T120000Z", "2026112T1200000Z", "20261125 120000Z", "garbage"]) {
      const answer = await engine.handle({
        method: "GET",
        url: urlOf(req),
        headers: { ...lower(req.headers), "x-amz-date": date },
        body: undefined,
      });
      expect(answer.status, date).toBe(403);
    }
  });

  it("allows S3's clock skew from the model and no more (RequestTimeTooSkewed)", async () => {
    const at = (signingDate: Date) => signer.sign(listRequest, { signingDate });
    const send = async (req: Awaited<ReturnType<typeof at>>) =>
      engine.handle({ method: "GET", url: urlOf(req), headers: lower(req.headers), body: undefined });
    expect((await send(await at(new Date(now - MAX_CLOCK_SKEW_MS)))).status).toBe(200);
    const skewed = await send(await at(new Date(now - MAX_CLOCK_SKEW_MS - 1000)));
    expect(skewed.status).toBe(403);
    const text = new TextDecoder().decode(skewed.body);
    expect(text).toContain("<Code>RequestTimeTooSkewed</Code>");
    expect(text).toContain("<MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds>");
  });

  it("answers AuthorizationHeaderMalformed with the catalogue's texts", async () => {
    const req = await signed({ id: "r", token: undefined, extraHeader: undefined });
    const headers = lower(req.headers);
    const messageOf = async (changed: Record<string, string>) => {
      const answer = await engine.handle({
        method: "GET",
        url: urlOf(req),
        headers: { ...headers, ...changed },
        body: undefined,
      });
      expect(answer.status).toBe(400);
      const text = new TextDecoder().decode(answer.body);
      expect(text).toContain("<Code>AuthorizationHeaderMalformed</Code>");
      return /<Message>([^<]*)<\/Message>/.exec(text)?.[1];
    };
    // Raw S3 answer quoted in ml-archive/storage#68, transcribed here independently of the catalogue.
    const nextDay = `${new Date(now + 86_400_000).toISOString().slice(0, 10).replaceAll("-", "")}T120000Z`;
    expect(await messageOf({ "x-amz-date": nextDay })).toBe(
      "The authorization header is malformed; Invalid credential date. Date is not the same as X-Amz-Date.",
    );
    const withoutHost = (headers["authorization"] ?? "").replace("SignedHeaders=host;", "SignedHeaders=");
    expect(withoutHost).not.toBe(headers["authorization"]);
    const hostNotSigned = S3_ERROR_CATALOGUE.AuthorizationHeaderMalformed.variants["hostNotSigned"];
    expect(hostNotSigned).toMatch(/host header must be signed/);
    expect(await messageOf({ authorization: withoutHost })).toBe(hostNotSigned);
  });
});

describe("strict mode: what S3 refuses around the signature", () => {
  const textOf = (answer: { body?: Uint8Array | undefined }) => new TextDecoder().decode(answer.body);
  const body = '<InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>';
  const bodyHash = "c7d2b4b3f2b6ef1d0e1c7e0c1b6e0d8b4d0b9d9f2b1e2f3a4b5c6d7e8f9a0b1c"; // not this body's
  const signedPut = (contentSha256: string) =>
    signer.sign(
      {
        ...listRequest,
        method: "PUT",
        query: { inventory: "", id: "r" },
        headers: { host: "127.0.0.1:4566", "x-amz-content-sha256": contentSha256 },
        body,
      },
      { signingDate: new Date(now - 60_000) },
    );
  const put = async (req: Awaited<ReturnType<typeof signedPut>>) =>
    engine.handle({
      method: "PUT",
      url: urlOf(req),
      headers: lower(req.headers),
      body: new TextEncoder().encode(body),
    });

  it("refuses any x-amz-* header added after signing with AccessDenied naming it (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[a-z0-9-]{1,20}$/),
        fc.stringMatching(/^[!-~]{0,20}$/),
        async (suffix, value) => {
          const name = `x-amz-${suffix}`;
          fc.pre(name !== "x-amz-content-sha256" && name !== "x-amz-date");
          const req = await signed({ id: "r", token: undefined, extraHeader: undefined });
          const answer = await engine.handle({
            method: "GET",
            url: urlOf(req),
            headers: { ...lower(req.headers), [name]: value },
            body: undefined,
          });
          expect(answer.status).toBe(403);
          const text = textOf(answer);
          expect(text).toContain(
            "<Message>There were headers present in the request which were not signed</Message>",
          );
          expect(text).toContain(`<HeadersNotSigned>${name}</HeadersNotSigned>`);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("names every unsigned header, on presigned URLs too, and lets x-amz-content-sha256 stay unsigned", async () => {
    const fresh = await presignS3(signer, listRequest, {
      expiresIn: 120,
      signingDate: new Date(now - 60_000),
    });
    const refused = await engine.handle({
      method: "GET",
      url: urlOf(fresh),
      headers: { "x-amz-expected-bucket-owner": "123456789012", "x-amz-acl": "public-read" },
      body: undefined,
    });
    expect(refused.status).toBe(403);
    expect(textOf(refused)).toContain(
      "<HeadersNotSigned>x-amz-acl, x-amz-expected-bucket-owner</HeadersNotSigned>",
    );
    const allowed = await engine.handle({
      method: "GET",
      url: urlOf(fresh),
      headers: { "x-amz-content-sha256": "UNSIGNED-PAYLOAD" },
      body: undefined,
    });
    expect(allowed.status).toBe(200);
  });

  it("x-amz-content-sha256 must be lower-case hex or a sentinel (InvalidArgument), and the body must match it", async () => {
    const actual = "dd0b3a3e8d7a2dbb0f4d3a9c2b5d4e4f1b3f0f9fbb9e4f4b0b0a0c8a3c6a1f35";
    for (const value of ["garbage", actual.toUpperCase(), "", "UNSIGNED-PAYLOAD "]) {
      const answer = await put(await signedPut(value));
      expect([value, answer.status]).toEqual([value, 400]);
      const text = textOf(answer);
      expect(text).toContain("<Code>InvalidArgument</Code>");
      expect(text).toContain("<ArgumentName>x-amz-content-sha256</ArgumentName>");
      expect(text).toContain("or a valid sha256 value.</Message>");
    }
    const mismatch = await put(await signedPut(bodyHash));
    expect(textOf(mismatch)).toContain("<Code>XAmzContentSHA256Mismatch</Code>");
    // UNSIGNED-PAYLOAD is a sentinel: the body is not checked (it then fails validation as XML).
    expect(textOf(await put(await signedPut("UNSIGNED-PAYLOAD")))).toContain("<Code>MalformedXML</Code>");
  });

  it.each(["strict", "lenient"] as const)(
    "%s: an Authorization that is neither SigV4 nor SigV2 gets InvalidArgument, echoing the scheme only",
    async (auth) => {
      const mock = createInventoryMockEngine({
        auth,
        credentials: [credentials],
        buckets: ["src"],
        now: () => now,
      });
      for (const [authorization, scheme] of [
        ["Basic dXNlcjpwYXNzd29yZA==", "Basic"],
        ["x", "x"],
        ["AWS4-HMAC-SHA25 Credential=AKIA/20260101/us-east-1/s3/aws4_request", "AWS4-HMAC-SHA25"],
      ] as const) {
        const answer = await mock.handle({
          method: "GET",
          url: "http://127.0.0.1:4566/src/?inventory",
          headers: { host: "127.0.0.1:4566", authorization },
          body: undefined,
        });
        expect(answer.status).toBe(400);
        const text = textOf(answer);
        expect(text).toContain(
          "<Code>InvalidArgument</Code><Message>Unsupported Authorization Type</Message>",
        );
        expect(text).toContain(
          `<ArgumentName>Authorization</ArgumentName><ArgumentValue>${scheme}</ArgumentValue>`,
        );
        expect(text).not.toContain("dXNlcjpwYXNzd29yZA");
      }
    },
  );
});
