import type { InventoryConfiguration, ListBucketInventoryConfigurationsOutput } from "@s3-inventory/model";
import fc from "fast-check";
import { escapeXml } from "./arbitraries.js";

// A test-side writer of S3 response documents, independent of the model's serializer, with the
// variations a server may produce: XML declaration or not, namespace or not, indentation, members in
// model or reversed order, and an element S3 might add in the future (which readers must skip).

/** How a response document is laid out. */
export interface XmlLayout {
  declaration: boolean;
  namespace: boolean;
  indent: boolean;
  reversed: boolean;
  unknownElement: boolean;
}

export const xmlLayout: fc.Arbitrary<XmlLayout> = fc.record({
  declaration: fc.boolean(),
  namespace: fc.boolean(),
  indent: fc.boolean(),
  reversed: fc.boolean(),
  unknownElement: fc.boolean(),
});

type Node = [name: string, content: string | Node[]];

function render(node: Node, layout: XmlLayout, depth: number): string {
  const [name, content] = node;
  const pad = layout.indent ? `\n${"  ".repeat(depth)}` : "";
  if (typeof content === "string") return `${pad}<${name}>${escapeXml(content)}</${name}>`;
  if (content.length === 0) return `${pad}<${name}/>`;
  const children = layout.reversed ? [...content].reverse() : content;
  return `${pad}<${name}>${children.map((c) => render(c, layout, depth + 1)).join("")}${pad}</${name}>`;
}

function document(root: Node, layout: XmlLayout): string {
  const [name, children] = root;
  const ns = layout.namespace ? ' xmlns="http://s3.amazonaws.com/doc/2006-03-01/"' : "";
  const body = render([name, children], layout, 0)
    .replace(`<${name}>`, `<${name}${ns}>`)
    .replace(`<${name}/>`, `<${name}${ns}/>`);
  return (layout.declaration ? '<?xml version="1.0" encoding="UTF-8"?>\n' : "") + body.trimStart();
}

function configurationNode(c: InventoryConfiguration, layout: XmlLayout): Node {
  const children: Node[] = [];
  const d = c.Destination?.S3BucketDestination;
  if (c.Destination) {
    const dest: Node[] = [];
    if (d) {
      const s3: Node[] = [];
      if (d.AccountId !== undefined) s3.push(["AccountId", d.AccountId]);
      if (d.Bucket !== undefined) s3.push(["Bucket", d.Bucket]);
      if (d.Format !== undefined) s3.push(["Format", d.Format]);
      if (d.Prefix !== undefined) s3.push(["Prefix", d.Prefix]);
      if (d.Encryption) {
        const enc: Node[] = [];
        if (d.Encryption.SSES3) enc.push(["SSE-S3", []]);
        if (d.Encryption.SSEKMS) {
          enc.push([
            "SSE-KMS",
            d.Encryption.SSEKMS.KeyId === undefined ? [] : [["KeyId", d.Encryption.SSEKMS.KeyId]],
          ]);
        }
        s3.push(["Encryption", enc]);
      }
      dest.push(["S3BucketDestination", s3]);
    }
    children.push(["Destination", dest]);
  }
  if (c.IsEnabled !== undefined) children.push(["IsEnabled", String(c.IsEnabled)]);
  if (c.Filter) children.push(["Filter", c.Filter.Prefix === undefined ? [] : [["Prefix", c.Filter.Prefix]]]);
  if (c.Id !== undefined) children.push(["Id", c.Id]);
  if (c.IncludedObjectVersions !== undefined)
    children.push(["IncludedObjectVersions", c.IncludedObjectVersions]);
  if (c.OptionalFields) children.push(["OptionalFields", c.OptionalFields.map((f): Node => ["Field", f])]);
  if (c.Schedule)
    children.push([
      "Schedule",
      c.Schedule.Frequency === undefined ? [] : [["Frequency", c.Schedule.Frequency]],
    ]);
  if (layout.unknownElement) children.push(["ReportScope", [["Level", "Bucket"]]]);
  return ["InventoryConfiguration", children];
}

/** A GetBucketInventoryConfiguration body. */
export function renderConfiguration(configuration: InventoryConfiguration, layout: XmlLayout): string {
  return document(configurationNode(configuration, layout), layout);
}

/** A ListBucketInventoryConfigurations body (the configurations flattened under the root). */
export function renderList(output: ListBucketInventoryConfigurationsOutput, layout: XmlLayout): string {
  const children: Node[] = [];
  if (output.ContinuationToken !== undefined) children.push(["ContinuationToken", output.ContinuationToken]);
  for (const c of output.InventoryConfigurationList ?? []) children.push(configurationNode(c, layout));
  if (output.IsTruncated !== undefined) children.push(["IsTruncated", String(output.IsTruncated)]);
  if (output.NextContinuationToken !== undefined)
    children.push(["NextContinuationToken", output.NextContinuationToken]);
  return document(["ListInventoryConfigurationsResult", children], layout);
}
