// Bucket-name tests of the S3 endpoint rule set (functions `aws.isVirtualHostableS3Bucket`,
// `isValidHostLabel`, `isIpAddress` and `uriEncode` of the Smithy rules engine, as implemented in
// @aws-sdk/core util-endpoints and @smithy/core endpoints for @aws-sdk/client-s3 3.1175.0).

const HOST_LABEL = /^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$/;
const IP_V4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)){3}$/;

/**
 * Whether `value` is one DNS label (letters, digits, inner hyphens; 1 to 63 characters).
 * @internal
 */
export function isValidHostLabel(value: string): boolean {
  return HOST_LABEL.test(value);
}

/**
 * Whether `hostname` is an IPv4 address or a bracketed IPv6 address.
 * @internal
 */
export function isIpAddress(hostname: string): boolean {
  return IP_V4.test(hostname) || (hostname.startsWith("[") && hostname.endsWith("]"));
}

/**
 * Whether `bucket` can be the first label(s) of a host name: 3 to 63 lowercase letters, digits and inner
 * hyphens, not an IP address; with `allowDots`, every dot-separated label must pass on its own.
 * @internal
 */
export function isVirtualHostableS3Bucket(bucket: string, allowDots = false): boolean {
  if (allowDots) return bucket.split(".").every((label) => isVirtualHostableS3Bucket(label));
  return (
    isValidHostLabel(bucket) &&
    bucket.length >= 3 &&
    bucket.length <= 63 &&
    bucket === bucket.toLowerCase() &&
    !isIpAddress(bucket)
  );
}

/**
 * The SDK's pre-rule-set test of a bucket name (@smithy/core `isDnsCompatibleBucketName`): 3 to 63
 * lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit, no `..`, and
 * nothing that looks like an IPv4 address anywhere in it.
 * @internal
 */
export function isDnsCompatibleBucketName(bucket: string): boolean {
  return (
    /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) &&
    !/(\d+\.){3}\d+/.test(bucket) &&
    !bucket.includes("..")
  );
}

/**
 * Whether `bucket` is routed as an S3 Express One Zone directory bucket: it ends in `--x-s3`.
 *
 * Deliberately looser than `isDirectoryBucketName` of @s3-inventory/model, which applies S3's naming
 * rule (`<base>--<zone-id>--x-s3`, 3-63 characters; S3 User Guide, "Directory bucket naming rules").
 * Routing is not validation: the S3 endpoint rule set of @aws-sdk/client-s3 3.1175.0 only tests the
 * suffix, so the SDK sends `ab--x-s3`, `Upper--usw2-az1--x-s3` or `x--x-s3` to `s3express-control`
 * too, and S3 answers with its own error. Using the model's rule would send those names to the general
 * purpose endpoint instead, a different request than the SDK's (the differential suite generates such
 * names: test/support/arbitraries.ts).
 * @internal
 */
export function isDirectoryBucket(bucket: string): boolean {
  return bucket.endsWith("--x-s3");
}
