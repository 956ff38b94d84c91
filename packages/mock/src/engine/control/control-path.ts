import { isAwsS3Hostname } from "../routing/bucket-from-host.js";
import { splitRawUrl } from "../routing/raw-url.js";

/**
 * The path prefix of the mock's own endpoints (health, reset, state). No S3 request can use it: a
 * bucket name cannot contain `_` (S3 User Guide, "General purpose bucket naming rules",
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).
 *
 * @internal
 */
export const CONTROL_PATH_PREFIX = "/_s3-inventory/";

/**
 * The control endpoint a request names (`"health"`, `"reset"`, ...), or `undefined` for an S3 request.
 * Only a path-style request to the mock's own address counts: `*.amazonaws.com` (which msw may
 * intercept) keeps S3's answer, and under a virtual-hosted bucket the path is an object key.
 *
 * @internal
 */
export function controlEndpointOf(url: string, endpointHostnames: readonly string[]): string | undefined {
  const raw = splitRawUrl(url);
  if (!raw?.rawPath.startsWith(CONTROL_PATH_PREFIX) || isAwsS3Hostname(raw.hostname)) return undefined;
  if (endpointHostnames.some((name) => raw.hostname.endsWith(`.${name}`))) return undefined;
  return raw.rawPath.slice(CONTROL_PATH_PREFIX.length);
}
