import type { ResponseMetadata } from "@smithy/types";

/**
 * A 2xx answer whose body is not the operation's document: an HTML page from a proxy or captive portal,
 * another XML document, or bytes that are not XML. @aws-sdk/client-s3 returns an empty object for a
 * well-formed one (`{ InventoryConfiguration: {} }`); this client refuses it, so a wrong answer is never
 * mistaken for a configuration without members. Not retried.
 * @example
 * ```ts
 * declare const client: S3InventoryClient;
 * try {
 *   await client.send(new GetBucketInventoryConfigurationCommand({ Bucket: "src", Id: "1" }));
 * } catch (error) {
 *   if (error instanceof UnexpectedResponseBodyError) console.log(error.expectedRoot, error.$metadata.httpStatusCode);
 * }
 * ```
 * @public
 */
export class UnexpectedResponseBodyError extends Error {
  override readonly name = "UnexpectedResponseBodyError";

  constructor(
    /** The root element the operation answers with, e.g. `InventoryConfiguration`. */
    readonly expectedRoot: string,
    /** What the body held instead: another root element's name, or why it is not XML. */
    readonly found: string,
    readonly $metadata: ResponseMetadata,
  ) {
    super(`Not an <${expectedRoot}> document: ${found}.`);
  }
}
