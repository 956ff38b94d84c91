// Real clients pointed at the mock, for the integration tests.
import { Agent } from "node:http";
import type { LookupAddress } from "node:dns";
import { S3Client } from "@aws-sdk/client-s3";

process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] = "true";

export const DEFAULT_CREDENTIALS = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
};

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/** Resolves every host name (e.g. `src.localhost`) to 127.0.0.1, so virtual-hosted requests reach the server. */
export function loopbackAgent(): Agent {
  return new Agent({
    keepAlive: false,
    lookup: ((_hostname: string, options: { all?: boolean }, callback: LookupCallback) => {
      if (options.all) callback(null, [{ address: "127.0.0.1", family: 4 }]);
      else callback(null, "127.0.0.1", 4);
    }) as never,
  });
}

export interface ClientOptions {
  endpoint?: string | undefined;
  forcePathStyle?: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  region?: string;
  systemClockOffset?: number;
  /** Resolve every host to 127.0.0.1 (virtual-hosted style against a local server). */
  loopback?: boolean;
  maxAttempts?: number;
}

/** An @aws-sdk/client-s3 client; keep-alive off so that no socket outlives a test. */
export function sdkClient(options: ClientOptions = {}): S3Client {
  return new S3Client({
    region: options.region ?? "us-east-1",
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle ?? false,
    credentials: options.credentials ?? DEFAULT_CREDENTIALS,
    maxAttempts: options.maxAttempts ?? 1,
    ...(options.systemClockOffset === undefined ? {} : { systemClockOffset: options.systemClockOffset }),
    requestHandler: { httpAgent: options.loopback ? loopbackAgent() : new Agent({ keepAlive: false }) },
  });
}

/** The seed's example 1 configuration, as an SDK input. */
export function exampleConfiguration(id: string) {
  return {
    Destination: {
      S3BucketDestination: {
        AccountId: "123456789012",
        Bucket: "arn:aws:s3:::amzn-s3-demo-bucket",
        Format: "ORC" as const,
      },
    },
    IsEnabled: true,
    Id: id,
    IncludedObjectVersions: "Current" as const,
    OptionalFields: ["Size" as const, "ETag" as const],
    Schedule: { Frequency: "Weekly" as const },
  };
}
