import { fromIni, fromNodeProviderChain } from "@aws-sdk/credential-providers";
import { ConfigurationError } from "@s3-inventory/cli-kit";
import type { Credentials } from "../drivers/connection-settings.js";

// The SDK's providers print multi-line advice through console.warn (e.g. "Multiple credential sources
// detected" when AWS_PROFILE and AWS_ACCESS_KEY_ID are both set). The CLI speaks to its user in one-line
// messages only, so the providers get a logger that keeps quiet; a failure still becomes one line below.
const quietLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
};

/**
 * Resolves credentials once. With `--profile` they come from that shared-config profile only (static keys,
 * SSO, role assumption, `credential_process`), whatever else the environment sets; without it, from the
 * SDK's full provider chain (environment variables, AWS_PROFILE, SSO, web identity, container and instance
 * roles). Failing to find any is a configuration problem with a one-line fix, never a stack trace.
 *
 * @internal
 */
export async function resolveCredentials(profile: string | undefined): Promise<Credentials> {
  try {
    // The profile is passed to the provider itself, never through AWS_PROFILE: an explicit flag is not a
    // second credential source competing with the environment's keys.
    const provider = profile
      ? fromIni({ profile, logger: quietLogger })
      : fromNodeProviderChain({ logger: quietLogger });
    const identity = await provider();
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
