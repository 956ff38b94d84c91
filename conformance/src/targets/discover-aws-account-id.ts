import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import type { ConnectionSettings } from "../drivers/connection-settings.js";
import { createHttpHandler } from "../drivers/http-handler.js";

/**
 * The caller's account id on AWS, from STS GetCallerIdentity (needs no permission). Undefined when STS cannot
 * be reached: cases that need the account id are then skipped with the reason, the run goes on.
 *
 * @example
 * const found = await discoverAwsAccountId(settings); // { accountId: "111122223333", source: "STS GetCallerIdentity" }
 */
export async function discoverAwsAccountId(
  settings: ConnectionSettings,
): Promise<{ accountId: string; source: string } | undefined> {
  const sts = new STSClient({
    region: settings.region,
    credentials: settings.credentials,
    requestHandler: createHttpHandler(settings),
  });
  try {
    const { Account } = await sts.send(new GetCallerIdentityCommand({}));
    return Account ? { accountId: Account, source: "STS GetCallerIdentity" } : undefined;
  } catch {
    return undefined;
  } finally {
    sts.destroy();
  }
}
