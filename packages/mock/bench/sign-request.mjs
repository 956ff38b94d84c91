// Signs requests with the SDK's own SigV4 signer (@smithy/signature-v4, as bundled with
// @aws-sdk/client-s3), so the benchmark measures verification of a real client's signatures.
import { createRequire } from "node:module";

const requireFromSdk = createRequire(createRequire(import.meta.url).resolve("@aws-sdk/client-s3"));
const { SignatureV4 } = requireFromSdk("@smithy/signature-v4");
const { Hash } = requireFromSdk("@smithy/hash-node");

/** Returns the headers of a signed request to `url` + `path` with `query` (an object) and `body`. */
export async function signedHeaders(url, { method, path, query, body }, credentials) {
  const target = new URL(url);
  const signer = new SignatureV4({
    credentials,
    region: "us-east-1",
    service: "s3",
    sha256: function Sha256(secret) {
      return new Hash("sha256", secret);
    },
    uriEscapePath: false,
    applyChecksum: true,
  });
  const signed = await signer.sign({
    method,
    protocol: target.protocol,
    hostname: target.hostname,
    port: Number(target.port),
    path,
    query,
    headers: { host: target.host },
    body,
  });
  return signed.headers;
}
