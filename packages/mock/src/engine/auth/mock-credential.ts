/**
 * One set of credentials the mock knows: in strict mode, the only keys whose signatures are accepted;
 * in both modes, the account its access key belongs to.
 *
 * @example
 * ```ts
 * const alice: MockCredential = { accessKeyId: "AKIAALICE", secretAccessKey: "alice-secret", accountId: "111111111111" };
 * ```
 * @public
 */
export interface MockCredential {
  accessKeyId: string;
  /** Used only to verify signatures; never logged, never put in a response. */
  secretAccessKey: string;
  /** The 12-digit account that owns the key; the engine's default account when omitted. */
  accountId?: string | undefined;
}
