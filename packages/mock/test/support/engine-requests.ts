// Request builders for the engine's unit tests (excluded from the build).
import type { InventoryMockEngine } from "../../src/engine/inventory-mock-engine.js";
import type { S3Response } from "../../src/engine/http/s3-request.js";

/** A lenient-mode Authorization header for `accessKeyId` (the signature is not checked). */
export function lenientAuth(accessKeyId = "AKIAIOSFODNN7EXAMPLE"): Record<string, string> {
  return {
    authorization: `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20260101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${"0".repeat(64)}`,
  };
}

/** A Put body shaped like the one @aws-sdk/client-s3 sends. */
export function inventoryXml(id: string, extra: { format?: string; bucket?: string } = {}): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">` +
    `<Destination><S3BucketDestination><Bucket>${extra.bucket ?? "arn:aws:s3:::dest"}</Bucket><Format>${extra.format ?? "CSV"}</Format></S3BucketDestination></Destination>` +
    `<IsEnabled>true</IsEnabled><Id>${id}</Id><IncludedObjectVersions>All</IncludedObjectVersions>` +
    `<Schedule><Frequency>Daily</Frequency></Schedule></InventoryConfiguration>`
  );
}

export interface SendOptions {
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  host?: string;
}

/** Sends one request to `engine`, path-style on 127.0.0.1 unless `host` says otherwise. */
export function send(
  engine: InventoryMockEngine,
  method: string,
  pathAndQuery: string,
  options: SendOptions = {},
): Promise<S3Response & { text: string }> {
  const body = typeof options.body === "string" ? new TextEncoder().encode(options.body) : options.body;
  return engine
    .handle({
      method,
      url: `http://${options.host ?? "127.0.0.1:4566"}${pathAndQuery}`,
      headers: { ...lenientAuth(), ...options.headers },
      body,
    })
    .then((response) => ({
      ...response,
      text: response.body ? new TextDecoder().decode(response.body) : "",
    }));
}

/** The `<Code>` of an error body. */
export function errorCode(text: string): string | undefined {
  return /<Code>([^<]*)<\/Code>/.exec(text)?.[1];
}
