import { createHmac, hash } from "node:crypto";
import { createS3Error, MAX_CLOCK_SKEW_MS, type S3ErrorResponse, uriEncode } from "@s3-inventory/model";
import { strictDecode } from "../routing/decode-uri-component.js";
import type { QueryParameter } from "../routing/parse-query.js";
import type { AuthorizationClaim } from "./parse-authorization.js";

// A path or header value that encoding or whitespace folding would leave unchanged.
const SAFE_PATH = /^[A-Za-z0-9._~/-]*$/;
const FOLDABLE = /^\s|\s$|\s\s|[\t\r\n]/;
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const SHA256_HEX = /^[0-9a-f]{64}$/;
// [AWS-REC analog] the values S3 lists in its InvalidArgument answer for x-amz-content-sha256 (the
// model's catalogue, variant `invalidContentSha256`). The streaming ones are accepted as values; the
// mock does not decode aws-chunked bodies, which then fail as XML.
const CONTENT_SHA256_SENTINELS = new Set([
  "UNSIGNED-PAYLOAD",
  "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
  "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
  "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER",
  "STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD",
  "STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD-TRAILER",
]);
/**
 * Derived signing keys, as their HMAC inner and outer pads (RFC 2104), per scope and secret. Each
 * engine owns one, so nothing (least of all a secret) is shared between mocks or outlives its engine.
 *
 * @internal
 */
export type SigningKeyCache = Map<string, { inner: Buffer; outer: Buffer }>;

/**
 * Everything SigV4 verification reads from a request.
 *
 * @internal
 */
export interface SigV4Input {
  method: string;
  rawPath: string;
  query: readonly QueryParameter[];
  headers: Readonly<Record<string, string>>;
  /** The Host header, or the URL's authority when a transport (fetch) hides the header. */
  host: string;
  body: Uint8Array | undefined;
  claim: Extract<AuthorizationClaim, { kind: "sigv4" }>;
  secretAccessKey: string;
  now: number;
  signingKeys: SigningKeyCache;
}

/**
 * Verifies a SigV4 signature (header or presigned query) the way S3 does, following [DOC] "Signature
 * Version 4 signing process" and "Authenticating Requests (AWS Signature Version 4)" in the S3 API
 * reference: canonical request (path URI-encoded once, no normalisation, for S3), string to sign,
 * derived key. Answers `undefined` when the request is authentic, else S3's error. The scope's region
 * and service are taken as signed (this mock does not refuse a region other than the bucket's: a
 * documented leniency).
 *
 * @internal
 */
export function verifySigV4(input: SigV4Input): S3ErrorResponse | undefined {
  const { claim, headers } = input;
  const amzDate = claim.presigned ? claim.amzDate : (headers["x-amz-date"] ?? fromHttpDate(headers["date"]));
  const requestTime = amzDate === undefined ? undefined : parseAmzDate(amzDate);
  if (amzDate === undefined || requestTime === undefined) {
    // [AWS-REC analog] the model's catalogue, AccessDenied variant `missingDate` (hubrick/vertx-s3-client#5).
    return createS3Error("AccessDenied", { variant: "missingDate" });
  }
  if (amzDate.slice(0, 8) !== claim.scopeDate) {
    // [AWS-REC analog] the model's catalogue, AuthorizationHeaderMalformed variant `credentialDate`.
    return createS3Error("AuthorizationHeaderMalformed", { variant: "credentialDate" });
  }
  if (claim.presigned) {
    // [DOC] "Authenticating Requests: Using Query Parameters": X-Amz-Expires counts from X-Amz-Date.
    // Texts and extra fields: the model's catalogue, AccessDenied variants `expired` (raw S3 answer in
    // aws/aws-sdk-php#1333) and `notYetValid` (minio/minio#2638).
    const expiresSeconds = claim.expiresSeconds ?? 0;
    const expired = input.now > requestTime + expiresSeconds * 1000;
    if (expired || requestTime - input.now > MAX_CLOCK_SKEW_MS) {
      // As recorded (minio/minio#2638, dmjio/s3-signer#16), "not yet valid" names X-Amz-Date in Unix
      // milliseconds where "expired" names X-Amz-Expires; both give Expires (signing time plus
      // X-Amz-Expires) and ServerTime.
      const named: Record<string, string> = expired
        ? { "X-Amz-Expires": String(expiresSeconds) }
        : { "X-Amz-Date": String(requestTime) };
      return createS3Error("AccessDenied", {
        variant: expired ? "expired" : "notYetValid",
        fields: {
          ...named,
          Expires: isoSeconds(requestTime + expiresSeconds * 1000),
          ServerTime: isoSeconds(input.now),
        },
      });
    }
  } else if (Math.abs(input.now - requestTime) > MAX_CLOCK_SKEW_MS) {
    return createS3Error("RequestTimeTooSkewed", {
      fields: {
        RequestTime: amzDate,
        ServerTime: new Date(input.now).toISOString(),
        MaxAllowedSkewMilliseconds: String(MAX_CLOCK_SKEW_MS),
      },
    });
  }
  if (!claim.signedHeaders.includes("host")) {
    // [CHOICE] S3's text is not known: the model's catalogue, variant `hostNotSigned` (marked chosen).
    return createS3Error("AuthorizationHeaderMalformed", { variant: "hostNotSigned" });
  }

  const payloadHash = claim.presigned
    ? (input.query.find((parameter) => parameter.name === "X-Amz-Content-Sha256")?.value ??
      "UNSIGNED-PAYLOAD")
    : headers["x-amz-content-sha256"];
  if (payloadHash === undefined) {
    // [DOC] S3 API reference, "Common Request Headers": x-amz-content-sha256 is required with SigV4.
    return createS3Error("InvalidRequest", { variant: "missingContentSha256" });
  }
  if (!SHA256_HEX.test(payloadHash) && !CONTENT_SHA256_SENTINELS.has(payloadHash)) {
    // [AWS-REC analog] the model's catalogue, InvalidArgument variant `invalidContentSha256`. Upper-case
    // hex is refused too: SigV4 writes the hash as lower-case hex (a documented choice).
    return createS3Error("InvalidArgument", {
      variant: "invalidContentSha256",
      fields: { ArgumentName: "x-amz-content-sha256", ArgumentValue: payloadHash.slice(0, 256) },
    });
  }

  const canonicalRequest =
    `${input.method}\n${canonicalUri(input.rawPath)}\n${canonicalQuery(input.query, claim.presigned)}\n` +
    `${canonicalHeaders(claim.signedHeaders, headers, input.host)}\n${claim.signedHeadersText}\n${payloadHash}`;
  const stringToSign = `AWS4-HMAC-SHA256\n${amzDate}\n${claim.scope}\n${sha256Hex(canonicalRequest)}`;
  const expected = hmacSha256Hex(
    signingKey(input.signingKeys, input.secretAccessKey, claim.scope),
    stringToSign,
  );
  if (!constantTimeEqual(claim.signature, expected)) {
    return createS3Error("SignatureDoesNotMatch", { fields: { AWSAccessKeyId: claim.accessKeyId } });
  }
  // [AWS-REC analog] the model's catalogue, AccessDenied variant `headersNotSigned`: every x-amz-*
  // header present must be signed, except x-amz-content-sha256, which S3 accepts unsigned.
  const unsigned = unsignedAmzHeaders(headers, claim.signedHeaders);
  if (unsigned.length > 0) {
    return createS3Error("AccessDenied", {
      variant: "headersNotSigned",
      fields: { HeadersNotSigned: unsigned.join(", ") },
    });
  }

  // The signature covers the declared hash; S3 then checks the body against it. A Get or Delete
  // declares the empty body's hash and sends none: nothing to compute.
  const emptyBody = input.body === undefined || input.body.byteLength === 0;
  if (payloadHash === EMPTY_SHA256 && emptyBody) return undefined;
  if (SHA256_HEX.test(payloadHash)) {
    const actual = input.body && input.body.byteLength > 0 ? sha256Hex(input.body) : EMPTY_SHA256;
    if (actual !== payloadHash) {
      return createS3Error("XAmzContentSHA256Mismatch", {
        fields: { ClientComputedContentSHA256: payloadHash, S3ComputedContentSHA256: actual },
      });
    }
  }
  return undefined;
}

function canonicalUri(rawPath: string): string {
  // S3 is the one service whose canonical URI is encoded once and not normalised ([DOC] SigV4 guide).
  if (SAFE_PATH.test(rawPath)) return rawPath;
  return rawPath
    .split("/")
    .map((segment) => uriEncode(strictDecode(segment)))
    .join("/");
}

function canonicalQuery(query: readonly QueryParameter[], presigned: boolean): string {
  const pairs: [string, string][] = [];
  let sorted = true;
  for (const parameter of query) {
    if (presigned && parameter.name === "X-Amz-Signature") continue;
    const pair: [string, string] = [uriEncode(parameter.name), uriEncode(parameter.value)];
    const previous = pairs[pairs.length - 1];
    if (previous && comparePairs(previous, pair) > 0) sorted = false;
    pairs.push(pair);
  }
  // The SDKs send their query sorted already; only other clients pay for the sort.
  if (!sorted) pairs.sort(comparePairs);
  let result = "";
  for (const [key, value] of pairs) result += result === "" ? `${key}=${value}` : `&${key}=${value}`;
  return result;
}

function comparePairs([ka, va]: [string, string], [kb, vb]: [string, string]): number {
  return ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0;
}

function canonicalHeaders(
  signed: readonly string[],
  headers: Readonly<Record<string, string>>,
  host: string,
): string {
  let result = "";
  for (const name of signed) {
    const value = name === "host" ? (headers["host"] ?? host) : (headers[name] ?? "");
    result += `${name}:${FOLDABLE.test(value) ? value.trim().replace(/\s+/g, " ") : value}\n`;
  }
  return result;
}

function signingKey(
  signingKeys: SigningKeyCache,
  secret: string,
  scope: string,
): { inner: Buffer; outer: Buffer } {
  const cacheKey = `${scope}\n${secret}`;
  const cached = signingKeys.get(cacheKey);
  if (cached) return cached;
  const [date = "", region = "", service = ""] = scope.split("/");
  let key = createHmac("sha256", `AWS4${secret}`).update(date).digest();
  key = createHmac("sha256", key).update(region).digest();
  key = createHmac("sha256", key).update(service).digest();
  key = createHmac("sha256", key).update("aws4_request").digest();
  // HMAC-SHA256 with a 32-byte key is SHA256((K xor opad) || SHA256((K xor ipad) || m)) (RFC 2104):
  // keeping the two padded blocks lets every request verify with two one-shot hashes.
  const inner = Buffer.alloc(64, 0x36);
  const outer = Buffer.alloc(64, 0x5c);
  for (let i = 0; i < key.length; i++) {
    inner[i] = (inner[i] ?? 0) ^ (key[i] ?? 0);
    outer[i] = (outer[i] ?? 0) ^ (key[i] ?? 0);
  }
  if (signingKeys.size > 1000) signingKeys.clear();
  const pads = { inner, outer };
  signingKeys.set(cacheKey, pads);
  return pads;
}

// Hex output and pooled inputs: no ArrayBuffer is allocated per request, which keeps the garbage
// collector's work (ArrayBuffers are costly to sweep) off the hot path.
function hmacSha256Hex(pads: { inner: Buffer; outer: Buffer }, message: string): string {
  const innerInput = Buffer.allocUnsafe(64 + Buffer.byteLength(message, "utf8"));
  pads.inner.copy(innerInput, 0);
  innerInput.write(message, 64, "utf8");
  const outerInput = Buffer.allocUnsafe(96);
  pads.outer.copy(outerInput, 0);
  outerInput.write(hash("sha256", innerInput, "hex"), 64, "hex");
  return hash("sha256", outerInput, "hex");
}

// Compares two hex signatures in time that does not depend on where they differ.
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

function sha256Hex(data: string | Uint8Array): string {
  return hash("sha256", data, "hex");
}

// `YYYYMMDDTHHMMSSZ` ([DOC] SigV4: ISO 8601 basic format), read digit by digit.
function parseAmzDate(value: string): number | undefined {
  if (value.length !== 16 || value[8] !== "T" || value[15] !== "Z") return undefined;
  const digits = (start: number, end: number): number => {
    let number = 0;
    for (let i = start; i < end; i++) {
      const digit = value.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return Number.NaN;
      number = number * 10 + digit;
    }
    return number;
  };
  const month = digits(4, 6);
  const day = digits(6, 8);
  const hour = digits(9, 11);
  const minute = digits(11, 13);
  const second = digits(13, 15);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60)) {
    return undefined;
  }
  const time = Date.UTC(digits(0, 4), month - 1, day, hour, minute, second);
  return Number.isNaN(time) ? undefined : time;
}

// S3 writes these times without milliseconds, e.g. `2016-08-27T01:04:14Z` (minio/minio#2638).
function isoSeconds(time: number): string {
  return `${new Date(time).toISOString().slice(0, 19)}Z`;
}

function fromHttpDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  return new Date(time)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function unsignedAmzHeaders(headers: Readonly<Record<string, string>>, signed: readonly string[]): string[] {
  const unsigned: string[] = [];
  for (const name in headers) {
    if (name.startsWith("x-amz-") && name !== "x-amz-content-sha256" && !signed.includes(name))
      unsigned.push(name);
  }
  return unsigned.sort();
}
