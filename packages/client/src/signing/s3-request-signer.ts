import type { HttpRequest } from "@smithy/types";
import {
  ALGORITHM_IDENTIFIER,
  AMZ_DATE_HEADER,
  AUTH_HEADER,
  createScope,
  getCanonicalHeaders,
  getPayloadHash,
  getSigningKey,
  hasHeader,
  prepareRequest,
  SHA256_HEADER,
  SignatureV4Base,
  TOKEN_HEADER,
} from "@smithy/signature-v4";
import type { AwsCredentialIdentityProvider } from "@smithy/types";
import { NodeSha256 } from "./node-sha256.js";

/**
 * Where and when one request is signed.
 * @internal
 */
export interface SigningOptions {
  signingDate: Date;
  signingRegion: string;
  signingService: string;
}

/**
 * SigV4 header signing of S3 requests, built on `SignatureV4Base` and the canonicalisation, scope and
 * signing-key functions of `@smithy/signature-v4`, with the options @aws-sdk/client-s3 signs S3 with:
 * the path as sent (`uriEscapePath: false`, S3 does not double-encode) and the payload hash in
 * `x-amz-content-sha256` (`applyChecksum: true`). `sign` takes the steps of `SignatureV4.signRequest`
 * (5.7.5) one by one; the class leaves out presigning and event-stream signing, which this client never
 * uses and which are most of `SignatureV4`'s code. test/differential/requests.test.ts compares the
 * resulting `authorization` header with the SDK's for every generated request.
 * @internal
 */
export class S3RequestSigner extends SignatureV4Base {
  constructor(credentials: AwsCredentialIdentityProvider) {
    super({
      credentials,
      region: "us-east-1",
      service: "s3",
      sha256: NodeSha256,
      uriEscapePath: false,
      applyChecksum: true,
    });
  }

  async sign(requestToSign: HttpRequest, options: SigningOptions): Promise<HttpRequest> {
    const { signingDate, signingRegion, signingService } = options;
    const credentials = await this.credentialProvider();
    this.validateResolvedCredentials(credentials);
    const request = prepareRequest(requestToSign);
    const { longDate, shortDate } = this.formatDate(signingDate);
    const scope = createScope(shortDate, signingRegion, signingService);
    request.headers[AMZ_DATE_HEADER] = longDate;
    if (credentials.sessionToken) request.headers[TOKEN_HEADER] = credentials.sessionToken;
    const payloadHash = await getPayloadHash(request, this.sha256);
    if (!hasHeader(SHA256_HEADER, request.headers)) request.headers[SHA256_HEADER] = payloadHash;
    const canonicalHeaders = getCanonicalHeaders(request);
    const canonicalRequest = this.createCanonicalRequest(request, canonicalHeaders, payloadHash);
    const stringToSign = await this.createStringToSign(
      longDate,
      scope,
      canonicalRequest,
      ALGORITHM_IDENTIFIER,
    );
    const hmac = new this.sha256(
      await getSigningKey(this.sha256, credentials, shortDate, signingRegion, signingService),
    );
    hmac.update(new TextEncoder().encode(stringToSign));
    const signature = Buffer.from(await hmac.digest()).toString("hex");
    request.headers[AUTH_HEADER] =
      `${ALGORITHM_IDENTIFIER} Credential=${credentials.accessKeyId}/${scope}, ` +
      `SignedHeaders=${this.getCanonicalHeaderList(canonicalHeaders)}, Signature=${signature}`;
    return request;
  }
}
