/**
 * Where the bucket of a request is named, decided from the host alone.
 * - `virtual`: the host is `{bucket}.{endpoint}`, so the whole path is the object key.
 * - `path`: the host is an endpoint itself; the first path segment is the bucket.
 *
 * @internal
 */
export type HostAddressing = { style: "virtual"; bucket: string } | { style: "path" };

// S3's own endpoints: s3.amazonaws.com, s3.{region}.amazonaws.com, s3-{region}.amazonaws.com (legacy),
// s3.dualstack.{region}..., s3-fips..., s3express-control.{region}... and the China partition
// (.amazonaws.com.cn). Source: AWS General Reference, "Amazon S3 endpoints"; botocore
// endpoint-rule-set-1.json (boto/botocore botocore/data/s3/2006-03-01). The bucket, if any, is everything before.
const AWS_S3_HOST =
  /^(?:(.+)\.)?(?:s3|s3-fips|s3express-control)(?:[.-](?:dualstack\.)?[a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/;

/**
 * Tells whether `hostname` is one of S3's public endpoint forms.
 *
 * @internal
 */
export function isAwsS3Hostname(hostname: string): boolean {
  return AWS_S3_HOST.test(hostname);
}

/**
 * Reads the bucket from a virtual-hosted host name (`{bucket}.s3.{region}.amazonaws.com`, or
 * `{bucket}.{endpoint}` for one of `endpointHostnames`); otherwise the request is path-style.
 * Virtual-hosted addressing is S3's default ([DOC] S3 User Guide, "Virtual hosting of buckets").
 *
 * @internal
 */
export function bucketFromHost(hostname: string, endpointHostnames: readonly string[]): HostAddressing {
  const aws = AWS_S3_HOST.exec(hostname);
  if (aws) return aws[1] ? { style: "virtual", bucket: aws[1] } : { style: "path" };
  for (const endpoint of endpointHostnames) {
    if (hostname.length > endpoint.length + 1 && hostname.endsWith(`.${endpoint}`)) {
      return { style: "virtual", bucket: hostname.slice(0, hostname.length - endpoint.length - 1) };
    }
  }
  return { style: "path" };
}
