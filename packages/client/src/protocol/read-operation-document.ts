import type { ResponseMetadata } from "@smithy/types";
import { UnexpectedResponseBodyError } from "../errors/unexpected-response-body-error.js";

/**
 * Parses a 2xx body with `parse` once its root element is the operation's (`expectedRoot`, namespace prefix
 * ignored); any other root (a proxy's `<html>`) is `UnexpectedResponseBodyError`, where the SDK would
 * return an empty output. Bodies that are not XML are left to `parse`, whose `XmlParseError` says why.
 * @internal
 */
export function readOperationDocument<T>(
  body: Uint8Array,
  expectedRoot: string,
  $metadata: ResponseMetadata,
  parse: (body: Uint8Array) => T,
): T {
  // The first element's name after the declaration, processing instructions, comments and whitespace.
  // In the first 64 KiB; a prolog longer than that is left for the parser to judge.
  const root = ROOT.exec(new TextDecoder().decode(body.subarray(0, 65536)))?.[1];
  if (root && root.slice(root.indexOf(":") + 1) !== expectedRoot) {
    throw new UnexpectedResponseBodyError(expectedRoot, `root element <${root}>`, $metadata);
  }
  return parse(body);
}

// (TextDecoder has already dropped a byte-order mark.)
const ROOT = /^(?:\s|<\?.*?\?>|<!--.*?-->)*<([^\s/>!?]+)/s;
