import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
import type { Credentials } from "../drivers/connection-settings.js";
import { ConfigurationError } from "../errors/configuration-error.js";

/**
 * Resolves credentials once, through the SDK's full provider chain (environment variables, `--profile` or
 * AWS_PROFILE, SSO, web identity, container and instance roles). Failing to find any is a configuration
 * problem with a one-line fix, never a stack trace.
 *
 * @example
 * const credentials = await resolveCredentials("ci");
 */
export async function resolveCredentials(profile: string | undefined): Promise<Credentials> {
  try {
    const identity = await fromNodeProviderChain(profile ? { profile } : {})();
    return {
      accessKeyId: identity.accessKeyId,
      secretAccessKey: identity.secretAccessKey,
      ...(identity.sessionToken ? { sessionToken: identity.sessionToken } : {}),
    };
  } catch {
    // The provider's own message can quote config file contents; say what to do instead.
    throw new ConfigurationError(
      profile
        ? `no credentials found for profile ${profile}: check ~/.aws/credentials and ~/.aws/config`
        : "no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or pass --profile NAME",
    );
  }
}
