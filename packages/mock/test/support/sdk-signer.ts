// The SDK's own SigV4 signer (@smithy/signature-v4, as bundled with @aws-sdk/client-s3): an independent
// implementation to sign and presign raw requests against the strict-mode mock.
import { createRequire } from "node:module";

const requireFromSdk = createRequire(createRequire(import.meta.url).resolve("@aws-sdk/client-s3"));
const { SignatureV4 } = requireFromSdk("@smithy/signature-v4") as {
  SignatureV4: new (options: object) => SdkSigner;
};
const { Hash } = requireFromSdk("@smithy/hash-node") as {
  Hash: new (algorithm: string, secret?: unknown) => unknown;
};

export interface SignableRequest {
  method: string;
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: string;
}

interface SdkSigner {
  sign(request: SignableRequest, options?: { signingDate?: Date }): Promise<SignableRequest>;
  presign(
    request: SignableRequest,
    options?: { expiresIn?: number; signingDate?: Date; unsignableHeaders?: Set<string> },
  ): Promise<SignableRequest>;
}

/**
 * Presigns as @aws-sdk/s3-request-presigner does: the payload is `UNSIGNED-PAYLOAD`, announced in a
 * header that is used for the signature but neither signed nor sent.
 */
export function presignS3(
  signer: SdkSigner,
  request: SignableRequest,
  options: { expiresIn: number; signingDate?: Date },
): Promise<SignableRequest> {
  return signer.presign(
    { ...request, headers: { ...request.headers, "x-amz-content-sha256": "UNSIGNED-PAYLOAD" } },
    { ...options, unsignableHeaders: new Set(["x-amz-content-sha256"]) },
  );
}

/** A signer for service `s3` (paths escaped once, payload hash header added), as S3Client configures it. */
export function sdkSigner(
  credentials: { accessKeyId: string; secretAccessKey: string },
  region = "us-east-1",
): SdkSigner {
  return new SignatureV4({
    credentials,
    region,
    service: "s3",
    sha256: function Sha256(secret?: unknown) {
      return new Hash("sha256", secret as never);
    } as never,
    uriEscapePath: false,
    applyChecksum: true,
  });
}

const rfc3986 = (value: string) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The URL of a (presigned) request, its query written as the SDK writes it. */
export function urlOf(request: SignableRequest): string {
  const query = Object.keys(request.query)
    .sort()
    .map((key) => `${rfc3986(key)}=${rfc3986(request.query[key] ?? "")}`)
    .join("&");
  const port = request.port ? `:${request.port}` : "";
  return `${request.protocol}//${request.hostname}${port}${request.path}${query ? `?${query}` : ""}`;
}
