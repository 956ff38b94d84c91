import { s3EndpointUrl, uriEncode } from "@s3-inventory/model";
import {
  isDirectoryBucket,
  isDnsCompatibleBucketName,
  isIpAddress,
  isValidHostLabel,
  isVirtualHostableS3Bucket,
} from "./bucket-name.js";

/**
 * Where a request for one bucket goes, and how it is signed.
 * @internal
 */
export interface BucketEndpoint {
  readonly url: URL;
  /** SigV4 service: `s3`, or `s3express` for directory buckets. */
  readonly signingName: "s3" | "s3express";
  readonly signingRegion: string;
}

/**
 * What the endpoint depends on.
 * @internal
 */
export interface BucketEndpointParameters {
  readonly bucket: string | undefined;
  readonly region: string | undefined;
  /** A custom endpoint (`http(s)://host[:port][/path]`), or undefined for AWS's. */
  readonly endpoint: string | undefined;
  readonly forcePathStyle: boolean;
}

/**
 * Resolves the endpoint of a bucket as the S3 endpoint rule set does for the four inventory operations
 * (`UseS3ExpressControlEndpoint: true`, no FIPS, dual-stack or accelerate), checked request by request
 * against @aws-sdk/client-s3 3.1175.0 in `test/differential/requests.test.ts`:
 *
 * - virtual-hosted (`bucket.s3.region.suffix/`) when the bucket is a lowercase DNS label of 3 to 63
 *   characters; with dots only over plain `http`; path-style (`s3.region.suffix/bucket/`) otherwise, with
 *   `forcePathStyle`, or when the custom endpoint is an IP address;
 * - directory buckets (`--x-s3`) go path-style to `s3express-control.{region}.{suffix}` and are signed
 *   for `s3express` (S3 User Guide, "Regional and Zonal endpoints for directory buckets").
 *
 * @internal
 */
export function resolveBucketEndpoint(parameters: BucketEndpointParameters): BucketEndpoint {
  const { bucket, region, endpoint, forcePathStyle } = parameters;
  // Messages are the SDK's, word for word, so code matching on them keeps working.
  if (!region) throw new Error("Region is missing");
  if (!isValidHostLabel(region)) {
    throw new Error(`Region not accepted: region="${region}" is not a valid hostname component.`);
  }
  if (!bucket) throw new Error("No value provided for input HTTP label: Bucket.");
  if (bucket.startsWith("arn:") && bucket.split(":").length >= 6) {
    throw unsupported(`Bucket ARNs (access points, Outposts) are not supported; pass the bucket name.`);
  }
  if (bucket.includes("/")) {
    const error = new Error(`Bucket name shouldn't contain '/', received '${bucket}'`);
    error.name = "InvalidBucketName";
    throw error;
  }
  if (bucket.endsWith("--xa-s3")) {
    throw unsupported(
      "Access points for directory buckets (--xa-s3) are not supported; pass the bucket name.",
    );
  }
  const custom = endpoint === undefined ? undefined : parseCustomEndpoint(endpoint);
  // The SDK's S3 customization before the rule set (@smithy/core `resolveParamsForS3`): `#` and `?` are
  // pre-escaped (and so end up escaped twice in the path), and a name that is not DNS-compatible, has
  // uppercase letters, or has dots without a plain-http endpoint, is forced path-style.
  const escaped = bucket.replace(/#/g, "%23").replace(/\?/g, "%3F");
  const pathStyleOnly =
    forcePathStyle ||
    !isDnsCompatibleBucketName(bucket) ||
    (bucket.includes(".") && !String(endpoint).startsWith("http:")) ||
    bucket.toLowerCase() !== bucket;

  if (isDirectoryBucket(bucket)) {
    if (!custom) {
      const control = new URL(s3EndpointUrl(region, "s3express-control"));
      return { url: pathStyle(control, escaped), signingName: "s3express", signingRegion: region };
    }
    // The rule set's control-plane form for a custom endpoint, `{scheme}://{authority}/{bucket}{path}`,
    // which the SDK uses for an IP-address endpoint. For a named host the SDK instead resolves a
    // data-plane host and calls CreateSession first; this client has no session auth and keeps the
    // control-plane form (a documented choice, see README "Limits").
    const url = new URL(`${custom.protocol}//${custom.host}/${uriEncode(escaped)}${custom.pathname}`);
    return { url, signingName: "s3express", signingRegion: region };
  }

  const base = custom ?? new URL(s3EndpointUrl(region));
  // An IP-address endpoint stops virtual hosting of a plain name, not of a dotted one over http (the
  // rule set's order; the SDK then fails with "Invalid URL", and so does this client).
  const plainHostable = isVirtualHostableS3Bucket(escaped);
  const dottedOverHttp =
    !plainHostable && base.protocol === "http:" && isVirtualHostableS3Bucket(escaped, true);
  const virtualHosted =
    !pathStyleOnly && (plainHostable ? !(custom && isIpAddress(custom.hostname)) : dottedOverHttp);
  const url = virtualHosted
    ? new URL(`${base.protocol}//${escaped}.${base.host}${base.pathname}`)
    : pathStyle(base, escaped);
  // `aws-global` is the legacy global endpoint, signed for us-east-1 by every branch of the rule set but
  // the dotted-bucket-over-http one (observed on @aws-sdk/client-s3 3.1175.0).
  const signingRegion = region === "aws-global" && !(virtualHosted && dottedOverHttp) ? "us-east-1" : region;
  return { url, signingName: "s3", signingRegion };
}

function pathStyle(base: URL, bucket: string): URL {
  const path = base.pathname.endsWith("/") ? base.pathname : `${base.pathname}/`;
  return new URL(`${base.protocol}//${base.host}${path}${uriEncode(bucket)}`);
}

function parseCustomEndpoint(endpoint: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(endpoint);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.search || url.hash) {
    throw new Error(
      `Custom endpoint \`${endpoint}\` was not a valid URI: expected http(s)://host[:port][/path] without a query string.`,
    );
  }
  return url;
}

function unsupported(message: string): Error {
  const error = new Error(message);
  error.name = "UnsupportedBucketError";
  return error;
}
