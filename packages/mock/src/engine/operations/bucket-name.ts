/**
 * S3's rules for general purpose bucket names ([DOC] S3 User Guide, "General purpose bucket naming
 * rules"): 3 to 63 characters; lower-case letters, digits, dots and hyphens; begins and ends with a
 * letter or digit; no two adjacent dots; not formatted as an IPv4 address; not starting with `xn--`,
 * `sthree-` or `amzn-s3-demo-`... except that last prefix, which AWS reserves for its own examples and
 * which the seed's examples use, so this mock accepts it. The model package has no bucket rules (its
 * subject is the inventory document), so they live here.
 *
 * @example
 * ```ts
 * isValidBucketName("amzn-s3-demo-bucket"); // true
 * isValidBucketName("My_Bucket"); // false
 * ```
 */
export function isValidBucketName(name: string): boolean {
  return (
    /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) &&
    !name.includes("..") &&
    !/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name) &&
    !name.startsWith("xn--") &&
    !name.startsWith("sthree-") &&
    !name.endsWith("-s3alias") &&
    !name.endsWith("--ol-s3")
  );
}
