import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";

// The SDK refreshes credentials that expire within five minutes (@smithy/core `memoizeIdentityProvider`
// with `isIdentityExpired`); the same window here.
const EXPIRY_WINDOW_MS = 300_000;

/**
 * Turns static credentials or a provider into a provider that is called once, then again only when the
 * credentials it returned are about to expire; concurrent calls share one lookup.
 * @internal
 */
export function memoizeCredentials(
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider,
): AwsCredentialIdentityProvider {
  if (typeof credentials !== "function") return async () => credentials;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  return async () => {
    if (pending) {
      const identity = await pending.catch(() => undefined);
      if (identity && !expiresSoon(identity)) return identity;
    }
    pending = credentials();
    // A failed lookup is not cached: the next request tries again.
    pending.catch(() => {
      pending = undefined;
    });
    return pending;
  };
}

function expiresSoon(identity: AwsCredentialIdentity): boolean {
  return identity.expiration !== undefined && identity.expiration.getTime() - Date.now() < EXPIRY_WINDOW_MS;
}
