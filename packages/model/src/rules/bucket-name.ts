// S3's bucket naming rules, for whoever creates buckets (a mock's CreateBucket, a test that makes
// names). Sources: S3 User Guide, "General purpose bucket naming rules" and "Directory bucket naming
// rules" (docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html and
// directory-bucket-naming-rules.html), [DOC]. The reserved prefixes and suffixes are the ones those
// pages list; what S3 answers for a broken rule is 400 InvalidBucketName ([DOC] ErrorResponses).
// Legacy us-east-1 names (upper case, `_`, up to 255 characters) can no longer be created and are not
// covered here (see DESTINATION_BUCKET_NAME_PATTERN for names that may still exist).

/**
 * The name of one general purpose bucket naming rule.
 *
 * @example
 * ```ts
 * const id: BucketNameRuleId = "ip-address";
 * ```
 * @public
 */
export type BucketNameRuleId =
  | "length"
  | "characters"
  | "edges"
  | "adjacent-dots"
  | "ip-address"
  | "prefix-xn--"
  | "prefix-sthree-"
  | "prefix-amzn-s3-demo-"
  | "suffix--s3alias"
  | "suffix---ol-s3"
  | "suffix-.mrap"
  | "suffix---x-s3"
  | "suffix---table-s3";

/**
 * One bucket naming rule: what it demands, a test that is true when a name breaks it, and its source.
 *
 * @example
 * ```ts
 * const rule: BucketNameRule | undefined = findGeneralPurposeBucketNameViolation("a..b"); // rule.id "adjacent-dots"
 * ```
 * @public
 */
export interface BucketNameRule {
  readonly id: BucketNameRuleId;
  readonly description: string;
  readonly breaks: (name: string) => boolean;
  readonly source: string;
}

const GP = "S3 User Guide, General purpose bucket naming rules";
const IP_V4_FORM = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

const prefix = (id: BucketNameRuleId, value: string, why: string): BucketNameRule => ({
  id,
  description: `must not start with ${value} (${why})`,
  breaks: (name) => name.startsWith(value),
  source: GP,
});
const suffix = (id: BucketNameRuleId, value: string, why: string): BucketNameRule => ({
  id,
  description: `must not end with ${value} (${why})`,
  breaks: (name) => name.endsWith(value),
  source: GP,
});

/**
 * The general purpose bucket naming rules, in the order the S3 User Guide lists them.
 *
 * @example
 * ```ts
 * GENERAL_PURPOSE_BUCKET_NAME_RULES.filter((rule) => rule.breaks("xn--a-s3alias")).map((rule) => rule.id);
 * // ["prefix-xn--", "suffix--s3alias"]
 * ```
 * @public
 */
export const GENERAL_PURPOSE_BUCKET_NAME_RULES: readonly BucketNameRule[] = Object.freeze([
  {
    id: "length",
    description: "3 to 63 characters",
    breaks: (name) => name.length < 3 || name.length > 63,
    source: GP,
  },
  {
    id: "characters",
    description: "only lower-case letters, digits, dots and hyphens",
    breaks: (name) => !/^[a-z0-9.-]*$/.test(name),
    source: GP,
  },
  {
    id: "edges",
    description: "begins and ends with a letter or digit",
    breaks: (name) => !/^[a-z0-9](?:.*[a-z0-9])?$/.test(name),
    source: GP,
  },
  {
    id: "adjacent-dots",
    description: "no two adjacent dots",
    breaks: (name) => name.includes(".."),
    source: GP,
  },
  {
    id: "ip-address",
    description: "not formatted as an IP address (e.g. 192.168.5.4)",
    breaks: (name) => IP_V4_FORM.test(name),
    source: GP,
  },
  prefix("prefix-xn--", "xn--", "reserved"),
  prefix("prefix-sthree-", "sthree-", "reserved"),
  prefix("prefix-amzn-s3-demo-", "amzn-s3-demo-", "reserved for AWS's examples"),
  suffix("suffix--s3alias", "-s3alias", "reserved for access point alias names"),
  suffix("suffix---ol-s3", "--ol-s3", "reserved for Object Lambda access point alias names"),
  suffix("suffix-.mrap", ".mrap", "reserved for Multi-Region Access Point names"),
  suffix("suffix---x-s3", "--x-s3", "reserved for directory bucket names"),
  suffix("suffix---table-s3", "--table-s3", "reserved for S3 Tables buckets"),
] satisfies BucketNameRule[]);

/**
 * Options of {@link findGeneralPurposeBucketNameViolation}.
 *
 * @example
 * ```ts
 * const options: BucketNameCheckOptions = { except: ["prefix-amzn-s3-demo-"] };
 * ```
 * @public
 */
export interface BucketNameCheckOptions {
  /**
   * Rules not to apply. A test double may, as a documented choice of its own, accept names S3
   * refuses, e.g. the `amzn-s3-demo-` names of the AWS CLI examples.
   */
  except?: readonly BucketNameRuleId[];
}

/**
 * The first general purpose naming rule `name` breaks, or `undefined` when S3 would accept the name
 * (S3 answers a broken rule with 400 InvalidBucketName).
 *
 * @example
 * ```ts
 * findGeneralPurposeBucketNameViolation("My_Bucket")?.id; // "characters"
 * findGeneralPurposeBucketNameViolation("amzn-s3-demo-bucket", { except: ["prefix-amzn-s3-demo-"] }); // undefined
 * ```
 * @public
 */
export function findGeneralPurposeBucketNameViolation(
  name: string,
  options: BucketNameCheckOptions = {},
): BucketNameRule | undefined {
  const except = new Set(options.except ?? []);
  return GENERAL_PURPOSE_BUCKET_NAME_RULES.find((rule) => !except.has(rule.id) && rule.breaks(name));
}

/**
 * Whether S3 accepts `name` for a new general purpose bucket.
 *
 * @example
 * ```ts
 * isGeneralPurposeBucketName("src-bucket"); // true
 * isGeneralPurposeBucketName("192.168.5.4"); // false
 * ```
 * @public
 */
export function isGeneralPurposeBucketName(name: string, options: BucketNameCheckOptions = {}): boolean {
  return findGeneralPurposeBucketNameViolation(name, options) === undefined;
}

/**
 * The parts of a directory bucket name, `<base-name>--<zone-id>--x-s3`.
 *
 * @example
 * ```ts
 * const parts: DirectoryBucketName = { baseName: "logs", zoneId: "usw2-az1" };
 * ```
 * @public
 */
export interface DirectoryBucketName {
  baseName: string;
  /** An Availability Zone id (`usw2-az1`) or Local Zone id (`usw2-lax1-az1`). */
  zoneId: string;
}

// S3 User Guide, "Directory bucket naming rules": 3-63 characters including the suffix, lower-case
// letters, digits and hyphens only (no dots), begins and ends with a letter or digit, ends with
// `--zone-id--x-s3`, and the general reserved prefixes (`xn--`, `sthree-`) apply. The zone id form
// (`usw2-az1`, `usw2-lax1-az1`) is the one of AWS zone ids (EC2 User Guide, "AZ IDs"). [DOC]
const DIRECTORY_BUCKET_NAME = /^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)--([a-z0-9]+(?:-[a-z0-9]+)*-az\d+)--x-s3$/;

/**
 * Splits a directory bucket name into its base name and zone id, or `undefined` when `name` does not
 * follow the directory bucket naming rules.
 *
 * @example
 * ```ts
 * parseDirectoryBucketName("logs--usw2-az1--x-s3"); // { baseName: "logs", zoneId: "usw2-az1" }
 * parseDirectoryBucketName("logs--x-s3"); // undefined
 * ```
 * @public
 */
export function parseDirectoryBucketName(name: string): DirectoryBucketName | undefined {
  if (name.length < 3 || name.length > 63 || name.startsWith("xn--") || name.startsWith("sthree-")) {
    return undefined;
  }
  const match = DIRECTORY_BUCKET_NAME.exec(name);
  if (!match) return undefined;
  return { baseName: match[1] ?? "", zoneId: match[2] ?? "" };
}

/**
 * Whether `name` follows the directory bucket naming rules (see {@link parseDirectoryBucketName}).
 *
 * @example
 * ```ts
 * isDirectoryBucketName("logs--usw2-az1--x-s3"); // true
 * ```
 * @public
 */
export function isDirectoryBucketName(name: string): boolean {
  return parseDirectoryBucketName(name) !== undefined;
}
