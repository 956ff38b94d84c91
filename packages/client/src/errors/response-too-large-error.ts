/**
 * An answer's body went past what the client reads (the XML reader's limit, `DEFAULT_XML_LIMITS.maxBytes`,
 * 4 MiB): reading stopped there and the stream was destroyed, so an endless or huge body never fills memory.
 * @example
 * ```ts
 * declare const client: S3InventoryClient;
 * try {
 *   await client.send(new ListBucketInventoryConfigurationsCommand({ Bucket: "src" }));
 * } catch (error) {
 *   if (error instanceof ResponseTooLargeError) console.log(error.limitBytes);
 * }
 * ```
 * @public
 */
export class ResponseTooLargeError extends Error {
  override readonly name = "ResponseTooLargeError";

  constructor(
    /** The most body bytes the client reads. */
    readonly limitBytes: number,
  ) {
    super(`Response body over ${limitBytes} bytes: not read further.`);
  }
}
