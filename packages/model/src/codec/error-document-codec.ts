/**
 * The S3 `<Error>` document: `Code`, `Message`, `RequestId`, `HostId`, and any extra elements.
 * @public
 */
export interface S3ErrorDocument {
  Code: string;
  Message?: string | undefined;
  RequestId?: string | undefined;
  HostId?: string | undefined;
  [field: string]: string | undefined;
}

/** @public */
export function serializeErrorDocument(_document: S3ErrorDocument): string {
  throw new Error("not implemented yet (issue #2)");
}

/** @public */
export function parseErrorDocument(_xml: string | Uint8Array): S3ErrorDocument {
  throw new Error("not implemented yet (issue #2)");
}
