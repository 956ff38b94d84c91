import type { AwsCredentialIdentityProvider } from "@smithy/types";
import { CredentialsNotFoundError, fromEnvCredentials } from "./from-env-credentials.js";

// In a variable, so that bundlers (esbuild, the one building dist/index.js among them) leave the import
// to run time: the package is an optional peer dependency, absent unless the user installed it.
const NODE_PROVIDER_CHAIN = "@aws-sdk/credential-provider-node";

/**
 * The client's credentials when none are configured: the environment's keys when both are set (as the
 * SDK's chain reads them first); otherwise the SDK's own chain (profiles in ~/.aws, SSO, web identity,
 * containers, instance roles) from `@aws-sdk/credential-provider-node` when it is installed, loaded on
 * first use only. Without it, a {@link CredentialsNotFoundError} naming both fixes.
 *
 * @internal
 */
export function defaultCredentials(
  env: NodeJS.ProcessEnv = process.env,
  load: () => Promise<unknown> = () => import(NODE_PROVIDER_CHAIN),
): AwsCredentialIdentityProvider {
  const fromEnv = fromEnvCredentials(env);
  let chain: Promise<AwsCredentialIdentityProvider> | undefined;
  return async () => {
    if (env["AWS_ACCESS_KEY_ID"] && env["AWS_SECRET_ACCESS_KEY"]) return fromEnv();
    chain ??= loadChain(load);
    return (await chain)();
  };
}

async function loadChain(load: () => Promise<unknown>): Promise<AwsCredentialIdentityProvider> {
  let module: { defaultProvider: () => AwsCredentialIdentityProvider };
  try {
    module = (await load()) as typeof module;
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code !== "ERR_MODULE_NOT_FOUND" || !String(message).includes(NODE_PROVIDER_CHAIN)) throw error;
    throw new CredentialsNotFoundError(
      "No credentials: pass `credentials`, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or install " +
        `${NODE_PROVIDER_CHAIN} to use profiles, SSO and instance roles as S3Client does.`,
    );
  }
  return module.defaultProvider();
}
