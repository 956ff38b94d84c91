import { ServiceException, type ServiceExceptionOptions } from "@smithy/smithy-client";

/**
 * Base class of every error S3 answers to an inventory operation: `$fault`, `$metadata`, the `<Code>`,
 * `<RequestId>` and `<HostId>` of the `<Error>` document, and every other element of that document as a
 * property of the same name (e.g. `BucketName`, `ArgumentName`), exactly as `S3ServiceException` in
 * `@aws-sdk/client-s3`. A code without a class of its own is thrown as this class with `name` set to the
 * code, as the SDK does.
 *
 * @example
 * ```ts
 * const client = new S3InventoryClient({ region: "us-east-1" });
 * try {
 *   await client.send(new GetBucketInventoryConfigurationCommand({ Bucket: "src", Id: "missing" }));
 * } catch (error) {
 *   if (error instanceof S3InventoryServiceException) {
 *     console.log(error.name, error.$metadata.httpStatusCode, error.RequestId);
 *   }
 * }
 * ```
 * @public
 */
export class S3InventoryServiceException extends ServiceException {
  /** The `<Code>` element of the error document (equal to `name` when S3 sent one). */
  declare Code?: string;
  /** The `<RequestId>` element of the error document. */
  declare RequestId?: string;
  /** The `<HostId>` element of the error document (also `$metadata.extendedRequestId` when sent as a header). */
  declare HostId?: string;
  /** Any other element of the error document, copied as sent. */
  [field: string]: unknown;

  constructor(options: ServiceExceptionOptions) {
    super(options);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
