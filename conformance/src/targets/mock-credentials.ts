import type { Credentials } from "../drivers/connection-settings.js";

/**
 * The credentials the runner signs with against a mock: AWS's documented example key pair (IAM User Guide,
 * "Managing access keys"), never the user's real keys, so no secret of theirs is ever used or logged
 * by a local run. The mocks accept any key in their default lenient mode.
 *
 * @internal
 */
export const MOCK_CREDENTIALS: Readonly<Credentials> = Object.freeze({
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
});
