import type { XmlElement } from "@s3-inventory/model";

/**
 * The namespace URI an element's name is in, from the element's own declarations (enough for a document's
 * root, which has no ancestors): `xmlns` for an unprefixed name, `xmlns:p` for `p:Name`; null when none is
 * declared or the declaration is empty (`xmlns=""` means no namespace, XML Namespaces 1.0 section 6.2).
 *
 * @internal
 */
export function rootNamespaceOf(root: XmlElement): string | null {
  const colon = root.name.indexOf(":");
  const declaration = colon === -1 ? "xmlns" : `xmlns:${root.name.slice(0, colon)}`;
  const uri = root.attributes[declaration];
  return uri === undefined || uri === "" ? null : uri;
}
