import { ConfigurationError } from "@s3-inventory/cli-kit";

/**
 * What was tested, as the vendor names it (`--product "NAME VERSION"`, `--product-url URL`).
 *
 * @internal
 */
export interface Product {
  name: string;
  version: string;
  url?: string;
}

/**
 * Parses `--product`: the last word is the version, the words before it the name.
 *
 * @internal
 */
export function parseProduct(text: string, url: string | undefined): Product {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || text.length > 200)
    throw new ConfigurationError(
      `--product "${text}" must be "NAME VERSION" (e.g. --product "Acme Store 4.2.1"), at most 200 characters`,
    );
  const product: Product = { name: words.slice(0, -1).join(" "), version: words.at(-1) as string };
  if (url !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigurationError(`--product-url ${url} is not a URL (e.g. https://example.com/store)`);
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
      throw new ConfigurationError("--product-url must be an http:// or https:// URL");
    if (parsed.username || parsed.password)
      throw new ConfigurationError("--product-url must not carry credentials");
    product.url = parsed.href;
  }
  return product;
}
