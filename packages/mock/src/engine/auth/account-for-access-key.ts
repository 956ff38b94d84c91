import type { MockCredential } from "./mock-credential.js";

/**
 * The default account id: the one in the AWS CLI reference page's examples (seed, examples 1 and 2).
 *
 * @example
 * ```ts
 * createInventoryMockEngine({ buckets: [{ name: "src", accountId: DEFAULT_ACCOUNT_ID }] });
 * ```
 * @public
 */
export const DEFAULT_ACCOUNT_ID = "123456789012";

/**
 * The account rule, the same in both modes:
 * 1. an access key listed in `credentials` belongs to that credential's account (the default account
 *    when the credential names none);
 * 2. otherwise, an access key of exactly 12 digits IS the account id (LocalStack's convention, so
 *    cross-account tests need no configuration: sign with `111111111111` and `222222222222`);
 * 3. otherwise, the default account.
 * Strict mode refuses keys outside `credentials` before this rule is asked.
 *
 * @example
 * ```ts
 * accountForAccessKey("AKIAIOSFODNN7EXAMPLE", [], "123456789012"); // "123456789012"
 * accountForAccessKey("111111111111", [], "123456789012"); // "111111111111"
 * ```
 * @public
 */
export function accountForAccessKey(
  accessKeyId: string,
  credentials: readonly MockCredential[],
  defaultAccountId: string,
): string {
  const known = credentials.find((credential) => credential.accessKeyId === accessKeyId);
  if (known) return known.accountId ?? defaultAccountId;
  if (/^\d{12}$/.test(accessKeyId)) return accessKeyId;
  return defaultAccountId;
}
