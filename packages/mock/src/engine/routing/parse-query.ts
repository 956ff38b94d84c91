import { strictDecode } from "./decode-uri-component.js";

/**
 * One query parameter, decoded, in the order it was sent.
 *
 * @internal
 */
export interface QueryParameter {
  name: string;
  value: string;
  /** `false` for a bare key (`?inventory`), `true` for `inventory=`: S3 treats both alike. */
  hasValue: boolean;
}

/**
 * Decodes a raw query string. Throws `InvalidUriError` on bad percent-encoding.
 *
 * @internal
 */
export function parseQuery(rawQuery: string): QueryParameter[] {
  const parameters: QueryParameter[] = [];
  if (rawQuery === "") return parameters;
  for (const part of rawQuery.split("&")) {
    if (part === "") continue;
    const equals = part.indexOf("=");
    if (equals === -1) parameters.push({ name: strictDecode(part), value: "", hasValue: false });
    else
      parameters.push({
        name: strictDecode(part.slice(0, equals)),
        value: strictDecode(part.slice(equals + 1)),
        hasValue: true,
      });
  }
  return parameters;
}
