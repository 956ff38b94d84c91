import { DEFAULT_ACCOUNT_ID } from "@s3-inventory/mock";
import type { ConnectionSettings } from "../drivers/connection-settings.js";
import { discoverAccountId } from "./discover-account-id.js";
import { MOCK_CREDENTIALS } from "./mock-credentials.js";
import { resolveCredentials } from "./resolve-credentials.js";
import type { Target } from "./target.js";
import type { TargetOptions } from "./target-options.js";

// The host the msw target intercepts: under the reserved .invalid TLD (RFC 2606), so a request msw failed to
// intercept can never reach a real service. Not under localhost: the mock reads `*.localhost` as virtual-hosted.
const MSW_ENDPOINT = "http://s3-inventory-msw.invalid:4566";

/**
 * Starts or connects to the target. Mocks: the account id is the mock's documented default (123456789012)
 * unless --account-id says otherwise. AWS and other endpoints: --account-id, else STS GetCallerIdentity (at
 * the endpoint for --endpoint: LocalStack and the s3-inventory mock answer it); else unknown, with why.
 *
 * @internal
 */
export async function openTarget(options: TargetOptions): Promise<Target> {
  const base = (
    endpoint: string | undefined,
    credentials: ConnectionSettings["credentials"],
  ): ConnectionSettings => ({
    endpoint,
    region: options.region,
    forcePathStyle: options.pathStyle,
    credentials,
    tls: options.tls,
    requestTimeoutMs: options.requestTimeoutMs,
    maxResponseBytes: options.maxResponseBytes,
  });
  const mockAccount = {
    accountId: options.accountId ?? DEFAULT_ACCOUNT_ID,
    accountIdSource: options.accountId ? "--account-id" : "the mock's default account",
  };
  switch (options.kind) {
    case "embedded": {
      const { startMockServer } = await import("@s3-inventory/mock/server");
      const server = await startMockServer({ region: options.region, ...options.mockOptions });
      return {
        kind: "embedded",
        description: `embedded mock server at ${server.url}`,
        settings: base(server.url, { ...MOCK_CREDENTIALS }),
        ...mockAccount,
        close: () => server.close(),
      };
    }
    case "msw": {
      const [{ inventoryHandlers }, { setupServer }] = await Promise.all([
        import("@s3-inventory/mock/msw"),
        import("msw/node"),
      ]);
      const server = setupServer(
        ...inventoryHandlers({ region: options.region, ...options.mockOptions, endpoint: MSW_ENDPOINT }),
      );
      server.listen({ onUnhandledRequest: "error" });
      return {
        kind: "msw",
        description: `in-process msw mock (${MSW_ENDPOINT})`,
        settings: base(MSW_ENDPOINT, { ...MOCK_CREDENTIALS }),
        ...mockAccount,
        close: async () => server.close(),
      };
    }
    case "endpoint": {
      const credentials = await resolveCredentials(options.profile);
      const settings = base(options.endpoint, credentials);
      return {
        kind: "endpoint",
        description: `endpoint ${options.endpoint}${options.endpointFrom?.startsWith("AWS_") ? ` (from ${options.endpointFrom})` : ""}`,
        settings,
        ...(await accountOf(options, settings, "the endpoint does not answer STS GetCallerIdentity")),
        close: async () => {},
      };
    }
    case "aws": {
      const credentials = await resolveCredentials(options.profile);
      const settings = base(undefined, credentials);
      return {
        kind: "aws",
        description: `Amazon S3 in ${options.region}`,
        settings,
        ...(await accountOf(options, settings, "STS GetCallerIdentity did not answer")),
        close: async () => {},
      };
    }
  }
}

// --account-id wins; else STS GetCallerIdentity; else unknown, and the source says why (one clause).
async function accountOf(
  options: TargetOptions,
  settings: ConnectionSettings,
  whyUnknown: string,
): Promise<Pick<Target, "accountId" | "accountIdSource">> {
  if (options.accountId !== undefined)
    return { accountId: options.accountId, accountIdSource: "--account-id" };
  const discovered = await discoverAccountId(settings);
  return discovered === undefined
    ? { accountId: undefined, accountIdSource: whyUnknown }
    : { accountId: discovered.accountId, accountIdSource: discovered.source };
}
