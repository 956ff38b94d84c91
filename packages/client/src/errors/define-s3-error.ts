import type { ServiceExceptionOptions } from "@smithy/smithy-client";
import { S3InventoryServiceException } from "./s3-inventory-service-exception.js";

/**
 * A class of S3 error for one code: `new` takes the framework fields, `name` is the code, and the
 * instances carry the error document's extra elements `Field` as optional properties.
 *
 * @example
 * ```ts
 * declare const error: unknown;
 * const ErrorClass: S3ErrorClass<"BucketName"> = NoSuchBucket;
 * if (error instanceof ErrorClass) console.log(ErrorClass.code, error.BucketName);
 * ```
 * @public
 */
export interface S3ErrorClass<Field extends string> {
  new (
    options: Omit<ServiceExceptionOptions, "name">,
  ): S3InventoryServiceException & { [K in Field]?: string };
  /** The `<Code>` this class stands for. */
  readonly code: string;
  readonly prototype: S3InventoryServiceException;
}

/**
 * Makes the class of one S3 error code, named after it (the name is also what `instanceof` falls back
 * to across two copies of this package, through `ServiceException`'s `Symbol.hasInstance`).
 * @internal
 */
export function defineS3Error<Field extends string = never>(code: string): S3ErrorClass<Field> {
  const ErrorClass = class extends S3InventoryServiceException {
    static readonly code = code;
    constructor(options: Omit<ServiceExceptionOptions, "name">) {
      super({ ...options, name: code });
    }
  };
  Object.defineProperty(ErrorClass, "name", { value: code });
  return ErrorClass as unknown as S3ErrorClass<Field>;
}
