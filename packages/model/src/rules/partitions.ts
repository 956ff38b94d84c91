// The DNS suffix of each AWS partition, and the regions that select it: the `partitions.json` that
// @aws-sdk/client-s3 3.1175.0 resolves endpoints with (@aws-sdk/core util-endpoints/lib/aws/partitions.js).
// Named regions are looked up first, then the patterns in this order; anything else is the `aws` partition.

interface Partition {
  readonly dnsSuffix: string;
  readonly regionPattern: RegExp;
  readonly regions: readonly string[];
}

const PARTITIONS: readonly Partition[] = [
  {
    dnsSuffix: "amazonaws.com",
    regionPattern: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/,
    regions: ["aws-global"],
  },
  { dnsSuffix: "amazonaws.com.cn", regionPattern: /^cn-\w+-\d+$/, regions: ["aws-cn-global"] },
  { dnsSuffix: "amazonaws.eu", regionPattern: /^eusc-(de)-\w+-\d+$/, regions: [] },
  { dnsSuffix: "c2s.ic.gov", regionPattern: /^us-iso-\w+-\d+$/, regions: ["aws-iso-global"] },
  { dnsSuffix: "sc2s.sgov.gov", regionPattern: /^us-isob-\w+-\d+$/, regions: ["aws-iso-b-global"] },
  { dnsSuffix: "cloud.adc-e.uk", regionPattern: /^eu-isoe-\w+-\d+$/, regions: ["aws-iso-e-global"] },
  { dnsSuffix: "csp.hci.ic.gov", regionPattern: /^us-isof-\w+-\d+$/, regions: ["aws-iso-f-global"] },
  { dnsSuffix: "amazonaws.com", regionPattern: /^us-gov-\w+-\d+$/, regions: ["aws-us-gov-global"] },
];

/**
 * The DNS suffix of the partition `region` belongs to, e.g. `amazonaws.com.cn` for `cn-north-1`.
 *
 * @example
 * ```ts
 * dnsSuffixOf("cn-north-1"); // "amazonaws.com.cn"
 * ```
 * @public
 */
export function dnsSuffixOf(region: string): string {
  for (const partition of PARTITIONS) if (partition.regions.includes(region)) return partition.dnsSuffix;
  for (const partition of PARTITIONS) if (partition.regionPattern.test(region)) return partition.dnsSuffix;
  return "amazonaws.com";
}

/**
 * The regional endpoint of S3 (or of its directory-bucket control plane) in `region`, as the SDK resolves it
 * without a custom endpoint: `https://s3.{region}.{partition's DNS suffix}`, and `https://s3.amazonaws.com`
 * for the `aws-global` pseudo-region.
 *
 * @example
 * ```ts
 * s3EndpointUrl("eu-west-1"); // "https://s3.eu-west-1.amazonaws.com"
 * s3EndpointUrl("cn-north-1"); // "https://s3.cn-north-1.amazonaws.com.cn"
 * ```
 * @public
 */
export function s3EndpointUrl(region: string, service: "s3" | "s3express-control" = "s3"): string {
  if (service === "s3" && region === "aws-global") return "https://s3.amazonaws.com";
  return `https://${service}.${region}.${dnsSuffixOf(region)}`;
}
