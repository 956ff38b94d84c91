/**
 * The endpoint the environment configures for S3, read as @aws-sdk/client-s3 3.1175.0 reads it
 * (`getEndpointFromConfig` in @smithy/core's endpoints submodule): `AWS_ENDPOINT_URL_S3`, else
 * `AWS_ENDPOINT_URL` (an empty value counts as unset), and none at all when
 * `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` is `true`. The SDK then reads `endpoint_url` from the shared
 * config file; this client does not read that file (see the README).
 *
 * @example
 * ```ts
 * endpointFromEnvironment({ AWS_ENDPOINT_URL: "http://127.0.0.1:4566" }); // "http://127.0.0.1:4566"
 * endpointFromEnvironment(process.env); // what the client uses when `endpoint` is not set
 * ```
 * @public
 */
export function endpointFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  // Only the exact "true" ignores; the SDK treats any other value as not set (it falls through to the
  // config file, then to its default, false).
  if (env["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] === "true") return undefined;
  return env["AWS_ENDPOINT_URL_S3"] || env["AWS_ENDPOINT_URL"] || undefined;
}
