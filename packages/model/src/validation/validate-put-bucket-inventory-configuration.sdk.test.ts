import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InventoryFormat } from "../enums/inventory-format.js";
import { InventoryFrequency } from "../enums/inventory-frequency.js";
import { InventoryIncludedObjectVersions } from "../enums/inventory-included-object-versions.js";
import { InventoryOptionalField } from "../enums/inventory-optional-field.js";
import { PUT_VALIDATION_RULES } from "../rules/put-validation-rules.js";
import { INVENTORY_CONFIGURATION_SCHEMA, type StructureSchema } from "../schema/inventory-schema.js";
import { sdkPutBody } from "../../test/support/sdk-oracle.js";
import {
  validInventoryConfigurationArbitrary,
  validInventoryIdArbitrary,
} from "../testing/inventory-arbitraries.js";
import { validatePutBucketInventoryConfiguration } from "./validate-put-bucket-inventory-configuration.js";

// Differential property tests: the bodies come from @aws-sdk/client-s3 3.1175.0 (the SDK oracle), not
// from this project's serializer, so the validation is checked against what real clients send.
const MALFORMED = {
  status: 400,
  code: "MalformedXML",
  message: "The XML you provided was not well-formed or did not validate against our published schema",
};

async function sdkBody(configuration: Parameters<typeof sdkPutBody>[0]): Promise<string> {
  const body = await sdkPutBody(configuration);
  if (body === undefined) throw new Error("the SDK sent no body");
  return body;
}

function answer(id: string | undefined, body: string) {
  const verdict = validatePutBucketInventoryConfiguration({ id, body });
  return verdict.ok
    ? { status: 204 }
    : {
        status: verdict.error.httpStatus,
        code: verdict.error.code,
        message: verdict.error.message,
        rule: verdict.rule,
      };
}

function allXmlNames(shape: StructureSchema): string[] {
  return shape.members.flatMap((member) => {
    const value = member.value;
    if (value.kind === "structure") return [member.xmlName, ...allXmlNames(value.shape)];
    if (value.kind === "list") return [member.xmlName, value.itemXmlName];
    return [member.xmlName];
  });
}
const KNOWN_NAMES = new Set([
  INVENTORY_CONFIGURATION_SCHEMA.name,
  ...allXmlNames(INVENTORY_CONFIGURATION_SCHEMA),
]);
// Elements that hold other elements, after whose opening tag an unknown element can be slipped in.
const CONTAINER_TAG =
  /<(InventoryConfiguration|Destination|S3BucketDestination|Encryption|SSE-KMS|Filter|Schedule|OptionalFields)(?: [^>]*)?>/g;

const ENUMS = {
  Format: Object.values(InventoryFormat),
  Frequency: Object.values(InventoryFrequency),
  IncludedObjectVersions: Object.values(InventoryIncludedObjectVersions),
  Field: Object.values(InventoryOptionalField),
} as Record<string, string[]>;
const ENUM_RULE: Record<string, string> = {
  Format: "format-value",
  Frequency: "frequency-value",
  IncludedObjectVersions: "included-object-versions-value",
  Field: "optional-field-value",
};
const ENUM_ELEMENT = /<(Format|Frequency|IncludedObjectVersions|Field)>([^<]*)<\/\1>/g;

const NUM_RUNS = 100;

describe("validatePutBucketInventoryConfiguration against @aws-sdk/client-s3 3.1175.0 bodies", () => {
  it("accepts every valid configuration the SDK sends and returns it unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(validInventoryConfigurationArbitrary(), async (configuration) => {
        const verdict = validatePutBucketInventoryConfiguration({
          id: configuration.Id,
          body: await sdkBody(configuration),
        });
        // fast-check builds records without a prototype; the comparison is of plain data.
        expect(verdict).toStrictEqual({ ok: true, configuration: structuredClone(configuration) });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("refuses an unknown element slipped into any structure with MalformedXML", async () => {
    const unknownName = fc
      .stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,12}$/)
      .filter((name) => !KNOWN_NAMES.has(name));
    await fc.assert(
      fc.asyncProperty(
        validInventoryConfigurationArbitrary(),
        unknownName,
        fc.nat(),
        fc.boolean(),
        async (configuration, name, pick, empty) => {
          const body = await sdkBody(configuration);
          const containers = [...body.matchAll(CONTAINER_TAG)];
          const at = containers[pick % containers.length];
          if (!at) throw new Error("no container element in the SDK body");
          const position = at.index + at[0].length;
          const intruder = empty ? `<${name}/>` : `<${name}>v</${name}>`;
          const mutated = body.slice(0, position) + intruder + body.slice(position);
          expect(answer(configuration.Id, mutated)).toStrictEqual({ ...MALFORMED, rule: "unknown-element" });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("refuses a value outside an enum's known set with MalformedXML", async () => {
    const text = fc.string({ unit: "grapheme-ascii", maxLength: 16 }).filter((t) => !/[<&]/.test(t));
    await fc.assert(
      fc.asyncProperty(
        validInventoryConfigurationArbitrary(),
        text,
        fc.nat(),
        async (configuration, value, pick) => {
          const body = await sdkBody(configuration);
          const enums = [...body.matchAll(ENUM_ELEMENT)];
          const at = enums[pick % enums.length];
          if (!at) throw new Error("no enum element in the SDK body");
          const element = at[1] ?? "";
          fc.pre(!(ENUMS[element] ?? []).includes(value));
          const mutated = `${body.slice(0, at.index)}<${element}>${value}</${element}>${body.slice(at.index + at[0].length)}`;
          expect(answer(configuration.Id, mutated)).toStrictEqual({ ...MALFORMED, rule: ENUM_RULE[element] });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("refuses an Id with a character outside [A-Za-z0-9._-] with MalformedXML, even when the query id matches", async () => {
    const badCharacter = fc.constantFrom(" ", "/", "+", ":", "é", "😀", "*", "~", "%", "\t", "&");
    await fc.assert(
      fc.asyncProperty(validInventoryIdArbitrary(), badCharacter, fc.nat(), async (id, character, pick) => {
        const position = pick % (id.length + 1);
        const badId = id.slice(0, position) + character + id.slice(position);
        const configuration = fc.sample(validInventoryConfigurationArbitrary(badId), {
          numRuns: 1,
          seed: pick,
        })[0];
        expect(answer(badId, await sdkBody(configuration))).toStrictEqual({
          ...MALFORMED,
          rule: "id-characters",
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("answers IdMismatch when only the query id differs", async () => {
    await fc.assert(
      fc.asyncProperty(
        validInventoryConfigurationArbitrary(),
        validInventoryIdArbitrary(),
        async (configuration, queryId) => {
          fc.pre(queryId !== configuration.Id);
          expect(answer(queryId, await sdkBody(configuration))).toMatchObject({
            status: 400,
            code: "IdMismatch",
            rule: "id-mismatch",
          });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("validatePutBucketInventoryConfiguration on arbitrary input", () => {
  const codes = new Set(PUT_VALIDATION_RULES.map((rule) => rule.code));

  it("never throws, and refuses with a code of the rules table", () => {
    const input = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }),
      fc.constant(undefined),
      fc
        .array(
          fc.constantFrom(
            "<InventoryConfiguration>",
            "</InventoryConfiguration>",
            "<Id>",
            "</Id>",
            "a",
            "&amp;",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "<Destination>",
            "</Destination>",
          ),
          { maxLength: 30 },
        )
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(fc.option(fc.string({ maxLength: 8 }), { nil: undefined }), input, (id, body) => {
        const verdict = validatePutBucketInventoryConfiguration({ id, body });
        if (!verdict.ok) expect(codes.has(verdict.error.code as never)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
