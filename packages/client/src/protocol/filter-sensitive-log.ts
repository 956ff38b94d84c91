import type { InventoryConfiguration } from "@s3-inventory/model";
import { SENSITIVE_STRING } from "@smithy/smithy-client";

/**
 * A copy of a configuration with the SSE-KMS key id replaced by the SDK's `***SensitiveInformation***`
 * (the key id is `@sensitive` in the S3 model), for logs.
 * @internal
 */
export function redactConfiguration(configuration: InventoryConfiguration): InventoryConfiguration {
  const destination = configuration.Destination?.S3BucketDestination;
  const kms = destination?.Encryption?.SSEKMS;
  if (!destination || !kms || kms.KeyId === undefined) return configuration;
  return {
    ...configuration,
    Destination: {
      ...configuration.Destination,
      S3BucketDestination: {
        ...destination,
        Encryption: { ...destination.Encryption, SSEKMS: { ...kms, KeyId: SENSITIVE_STRING } },
      },
    },
  };
}
