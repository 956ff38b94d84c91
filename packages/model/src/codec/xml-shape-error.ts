/**
 * A well-formed XML document whose content cannot be read as the expected shape: the cases where
 * @aws-sdk/client-s3 3.1175.0 also fails ("xml deserializer unhandled schema type"), such as child
 * elements where text is expected or a scalar member given twice, and an error document without
 * `<Code>`. Malformed or unsafe XML gives an `XmlParseError` instead.
 *
 * @example
 * ```ts
 * try {
 *   parseInventoryConfiguration("<InventoryConfiguration><Id><X/></Id></InventoryConfiguration>");
 * } catch (error) {
 *   if (error instanceof XmlShapeError) console.log(error.path); // "InventoryConfiguration.Id"
 * }
 * ```
 * @public
 */
export class XmlShapeError extends Error {
  override readonly name = "XmlShapeError";
  /** Where in the document, as element names joined by dots, e.g. `InventoryConfiguration.Id`. */
  readonly path: string;

  constructor(path: string, problem: string) {
    super(`<${path.slice(path.lastIndexOf(".") + 1)}> at ${path}: ${problem}`);
    this.path = path;
  }
}
