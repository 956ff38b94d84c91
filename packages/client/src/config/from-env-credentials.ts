import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";

/**
 * Raised when no credentials can be found. Its message says what to set; it never contains a secret.
 * @example
 * ```ts
 * declare const client: S3InventoryClient, command: ListBucketInventoryConfigurationsCommand;
 * try { await client.send(command); } catch (e) { if (e instanceof CredentialsNotFoundError) process.exit(2); }
 * ```
 * @public
 */
export class CredentialsNotFoundError extends Error {
  override readonly name = "CredentialsProviderError";
}

/**
 * Reads credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN` and
 * `AWS_CREDENTIAL_EXPIRATION` when called (the variables `fromEnv()` of @aws-sdk/credential-providers
 * reads), without the rest of the SDK's provider chain. The client's default tries these first when
 * `credentials` is unset, then the SDK's chain if it is installed (README, "Credentials").
 *
 * @example
 * ```ts
 * const client = new S3InventoryClient({ region: "us-east-1", credentials: fromEnvCredentials() });
 * ```
 * @public
 */
export function fromEnvCredentials(env: NodeJS.ProcessEnv = process.env): AwsCredentialIdentityProvider {
  return async () => {
    const accessKeyId = env["AWS_ACCESS_KEY_ID"];
    const secretAccessKey = env["AWS_SECRET_ACCESS_KEY"];
    if (!accessKeyId || !secretAccessKey) {
      throw new CredentialsNotFoundError(
        "No credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set and no `credentials` " +
          "were passed. Set them, or pass `credentials` (static keys, or `fromNodeProviderChain()` from " +
          "@aws-sdk/credential-providers for profiles, SSO and instance roles).",
      );
    }
    const sessionToken = env["AWS_SESSION_TOKEN"];
    const expiration = env["AWS_CREDENTIAL_EXPIRATION"];
    const identity: AwsCredentialIdentity = {
      accessKeyId,
      secretAccessKey,
      ...(sessionToken ? { sessionToken } : {}),
      ...(expiration ? { expiration: new Date(expiration) } : {}),
    };
    return identity;
  };
}
