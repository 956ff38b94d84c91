import { parseXml } from "@s3-inventory/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rootNamespaceOf } from "./root-namespace.js";

const S3 = "http://s3.amazonaws.com/doc/2006-03-01/";

describe("rootNamespaceOf", () => {
  it("reads S3's default namespace, and none on a bare <Error> (aws/aws-cli#2355)", () => {
    expect(rootNamespaceOf(parseXml(`<ListInventoryConfigurationsResult xmlns="${S3}"/>`))).toBe(S3);
    expect(rootNamespaceOf(parseXml("<Error><Code>MalformedXML</Code></Error>"))).toBeNull();
    expect(rootNamespaceOf(parseXml(`<Error xmlns=""><Code>X</Code></Error>`))).toBeNull();
  });

  it("takes a prefixed root's namespace from its prefix, never from the default one (property)", () => {
    const uri = fc.webUrl().filter((u) => !/[<&"]/.test(u));
    const prefix = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/).filter((p) => !p.startsWith("xml"));
    fc.assert(
      fc.property(prefix, uri, uri, (p, bound, other) => {
        expect(rootNamespaceOf(parseXml(`<${p}:Root xmlns:${p}="${bound}" xmlns="${other}"/>`))).toBe(bound);
        expect(rootNamespaceOf(parseXml(`<${p}:Root xmlns="${other}"/>`))).toBeNull();
        expect(rootNamespaceOf(parseXml(`<Root xmlns:${p}="${bound}"/>`))).toBeNull();
      }),
      { numRuns: 100 },
    );
  });
});
