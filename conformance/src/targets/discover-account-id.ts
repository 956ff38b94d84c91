import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import type { ConnectionSettings } from "../drivers/connection-settings.js";
import { createHttpHandler } from "../drivers/http-handler.js";

/**
 * The caller's account id from STS GetCallerIdentity (it needs no permission): AWS's STS when
 * `settings.endpoint` is undefined, else the endpoint itself, as LocalStack and the s3-inventory mock answer
 * it there. Undefined when nothing answers it: cases that need the account id are then skipped with the
 * reason, and the run goes on.
 *
 * @example
 * const found = await discoverAccountId(settings); // { accountId: "111122223333", source: "STS GetCallerIdentity" }
 */
export async function discoverAccountId(
  settings: ConnectionSettings,
): Promise<{ accountId: string; source: string } | undefined> {
  const handler = createHttpHandler(settings);
  const sts = new STSClient({
    region: settings.region,
    credentials: settings.credentials,
    requestHandler: handler,
    maxAttempts: 1,
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
  });
  try {
    const { Account } = await sts.send(new GetCallerIdentityCommand({}));
    if (Account === undefined || !/^\d{12}$/.test(Account)) return undefined;
    const where = settings.endpoint === undefined ? "" : " at the endpoint";
    return { accountId: Account, source: `STS GetCallerIdentity${where}` };
  } catch {
    return undefined;
  } finally {
    sts.destroy();
    handler.destroy();
  }
}
