import fc from "fast-check";
import { InventoryFormat } from "../enums/inventory-format.js";
import { InventoryFrequency } from "../enums/inventory-frequency.js";
import { InventoryIncludedObjectVersions } from "../enums/inventory-included-object-versions.js";
import { InventoryOptionalField } from "../enums/inventory-optional-field.js";
import type { InventoryConfiguration } from "../shapes/inventory-configuration.js";
import { isXmlChar } from "../xml/is-xml-char.js";

// fast-check arbitraries of inventory configurations, for property tests here and in applications
// (published as `@s3-inventory/model/testing`; fast-check is an optional peer dependency).
// - `inventoryConfigurationArbitrary`: every member may be present or absent, enums may be unknown
//   strings, text holds XML specials, line breaks, tabs, non-ASCII and emoji. For codec round trips and
//   differential tests.
// - `validInventoryConfigurationArbitrary`: what S3 accepts by the recorded rules (the evidence
//   ledger's put-* entries): required members present, Id of [A-Za-z0-9._-]{1,64}, destination an `arn:aws:s3:::` ARN,
//   known enum values, at most one encryption. For tests that expect a 204.

const SPECIALS = [
  "&",
  "<",
  ">",
  '"',
  "'",
  "\n",
  "\r",
  "\t",
  " ",
  "\r\n",
  "\u0085",
  "\u2028",
  "\u00a0",
  "]]>",
];
const NON_ASCII = ["é", "ü", "ß", "中", "文", "ж", "😀", "🪣", "👩‍💻", "\u{10348}"];

/**
 * Text that can travel in an XML document: any mix of ASCII, the XML specials `& < > " '`, CR, LF, tab,
 * NEL, LINE SEPARATOR, non-ASCII letters and emoji (never a character XML 1.0 forbids).
 *
 * @example
 * ```ts
 * import { escapeXmlText, parseXml } from "@s3-inventory/model";
 * import fc from "fast-check";
 *
 * fc.assert(fc.property(xmlTextArbitrary(), (text) => parseXml(`<a>${escapeXmlText(text)}</a>`).text === text));
 * ```
 * @public
 */
export function xmlTextArbitrary(maxLength = 24): fc.Arbitrary<string> {
  const unit = fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
    { weight: 3, arbitrary: fc.constantFrom(...SPECIALS) },
    { weight: 2, arbitrary: fc.constantFrom(...NON_ASCII) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
  );
  return fc
    .string({ unit, maxLength })
    .filter((text) => [...text].every((c) => isXmlChar(c.codePointAt(0) ?? 0)));
}

/**
 * {@link xmlTextArbitrary} without the values no XML reader of S3 documents can give back: text that is only
 * whitespace and contains a line break reads as "" in the SDK (and so in this project's reader).
 *
 * @example
 * ```ts
 * import { type InventoryConfiguration, parseInventoryConfiguration, serializeInventoryConfiguration } from "@s3-inventory/model";
 * import fc from "fast-check";
 *
 * declare const config: InventoryConfiguration;
 * fc.property(roundTripTextArbitrary(), (prefix) => {
 *   const body = serializeInventoryConfiguration({ ...config, Filter: { Prefix: prefix } });
 *   return parseInventoryConfiguration(body).Filter?.Prefix === prefix;
 * });
 * ```
 * @public
 */
export function roundTripTextArbitrary(maxLength = 24): fc.Arbitrary<string> {
  return xmlTextArbitrary(maxLength).filter((text) => !(text.includes("\n") && text.trim() === ""));
}

/**
 * A known value of an enum, or (sometimes) an unknown string, which must pass through unchanged: a
 * near miss (another case, `""`) or any text.
 *
 * @example
 * ```ts
 * import { InventoryFormat } from "@s3-inventory/model";
 *
 * enumValueArbitrary(InventoryFormat); // "CSV" | "ORC" | "Parquet" | "csv" | "" | "some unknown text"
 * ```
 * @public
 */
export function enumValueArbitrary(
  values: Record<string, string>,
  text = roundTripTextArbitrary(12),
): fc.Arbitrary<string> {
  const known = Object.values(values);
  const nearMisses = [...known.map((v) => v.toLowerCase()), ...known.map((v) => v.toUpperCase()), ""];
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.constantFrom(...nearMisses.filter((v) => !known.includes(v))) },
    { weight: 1, arbitrary: text },
  );
}

/**
 * Options of {@link inventoryConfigurationArbitrary}.
 *
 * @example
 * ```ts
 * const options: InventoryConfigurationArbitraryOptions = { text: xmlTextArbitrary(8), explicitUndefined: true };
 * ```
 * @public
 */
export interface InventoryConfigurationArbitraryOptions {
  /** Text of every string member. Default {@link roundTripTextArbitrary}, which any reader gives back. */
  text?: fc.Arbitrary<string>;
  /**
   * Also write absent members as keys holding `undefined` (`{ Filter: undefined }`), as application code
   * does; the SDK leaves them out of the XML. Default false: such values do not deep-equal what a
   * reader gives back.
   */
  explicitUndefined?: boolean;
}

// fc.record makes null-prototype objects by default; the SDK and the codec make plain ones.
const PLAIN = { noNullPrototype: true } as const;

function optionalMembers<T>(
  model: { [K in keyof T]: fc.Arbitrary<T[K]> },
  explicitUndefined: boolean,
): fc.Arbitrary<Partial<T>> {
  const members = explicitUndefined
    ? (Object.fromEntries(
        Object.entries(model).map(([key, value]) => [
          key,
          fc.option(value as fc.Arbitrary<unknown>, { nil: undefined, freq: 4 }),
        ]),
      ) as { [K in keyof T]: fc.Arbitrary<T[K]> })
    : model;
  return fc.record(members, { requiredKeys: [], ...PLAIN }) as fc.Arbitrary<Partial<T>>;
}

/**
 * Any `InventoryConfiguration` the shapes allow: every member independently present or absent, text
 * from {@link roundTripTextArbitrary} (or `options.text`), unknown enum values, empty and non-empty
 * OptionalFields, destination buckets and account ids that are sometimes well-formed.
 *
 * @example
 * ```ts
 * import { inventoryConfigurationArbitrary } from "@s3-inventory/model/testing";
 *
 * import { parseInventoryConfiguration, serializeInventoryConfiguration } from "@s3-inventory/model";
 * import fc from "fast-check";
 * import { expect } from "vitest";
 *
 * fc.assert(
 *   fc.property(inventoryConfigurationArbitrary(), (c) =>
 *     expect(parseInventoryConfiguration(serializeInventoryConfiguration(c))).toStrictEqual(c),
 *   ),
 * );
 * ```
 * @public
 */
export function inventoryConfigurationArbitrary(
  options: InventoryConfigurationArbitraryOptions = {},
): fc.Arbitrary<InventoryConfiguration> {
  const text = options.text ?? roundTripTextArbitrary();
  const optional = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
    optionalMembers<T>(model, options.explicitUndefined ?? false);
  const encryption = optional({
    SSES3: fc.constant({}),
    SSEKMS: optional({ KeyId: text }),
  });
  const destination = optional({
    S3BucketDestination: optional({
      AccountId: fc.oneof(fc.stringMatching(/^\d{12}$/), text),
      Bucket: fc.oneof(destinationBucketArnArbitrary(), text),
      Format: enumValueArbitrary(InventoryFormat, text),
      Prefix: text,
      Encryption: encryption,
    }),
  });
  return optional({
    Destination: destination,
    IsEnabled: fc.boolean(),
    Filter: optional({ Prefix: text }),
    Id: inventoryIdArbitrary(text),
    IncludedObjectVersions: enumValueArbitrary(InventoryIncludedObjectVersions, text),
    OptionalFields: fc.array(enumValueArbitrary(InventoryOptionalField, text), { maxLength: 5 }),
    Schedule: optional({ Frequency: enumValueArbitrary(InventoryFrequency, text) }),
  }) as fc.Arbitrary<InventoryConfiguration>;
}

const ID_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";

/**
 * An inventory Id S3 accepts: 1 to 64 of `[A-Za-z0-9._-]` (evidence:id-valid-characters, evidence:id-max-length-64).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 *
 * fc.sample(validInventoryIdArbitrary(), 1); // ["a.B-9"]
 * ```
 * @public
 */
export function validInventoryIdArbitrary(): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...ID_CHARACTERS), minLength: 1, maxLength: 64 });
}

/**
 * An inventory Id as a client may send one: mostly S3's valid ids (every allowed character), sometimes
 * any `text` (which a client must escape and a server refuse).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 *
 * fc.sample(inventoryIdArbitrary(), 2); // ["a.B-9", "<&é"]
 * ```
 * @public
 */
export function inventoryIdArbitrary(text = roundTripTextArbitrary(16)): fc.Arbitrary<string> {
  return fc.oneof({ weight: 3, arbitrary: validInventoryIdArbitrary() }, { weight: 1, arbitrary: text });
}

/**
 * A destination bucket ARN S3 accepts: `arn:aws:s3:::` and a bucket name (3-63 of lower-case letters,
 * digits, `.` and `-`, starting and ending with a letter or digit).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 *
 * fc.sample(destinationBucketArnArbitrary(), 1); // ["arn:aws:s3:::a-1b"]
 * ```
 * @public
 */
export function destinationBucketArnArbitrary(): fc.Arbitrary<string> {
  const edge = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789");
  const middle = fc.string({
    unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-"),
    minLength: 1,
    maxLength: 20,
  });
  return fc.tuple(edge, middle, edge).map(([first, rest, last]) => `arn:aws:s3:::${first}${rest}${last}`);
}

/**
 * An `InventoryConfiguration` S3 accepts by the recorded rules, with `Id` as given (so a test can put
 * it under that id) or generated.
 *
 * @example
 * ```ts
 * import { serializeInventoryConfiguration, validatePutBucketInventoryConfiguration } from "@s3-inventory/model";
 * import fc from "fast-check";
 *
 * fc.assert(
 *   fc.property(validInventoryConfigurationArbitrary(), (c) =>
 *     validatePutBucketInventoryConfiguration({ id: c.Id, body: serializeInventoryConfiguration(c) }).ok,
 *   ),
 * );
 * ```
 * @public
 */
export function validInventoryConfigurationArbitrary(id?: string): fc.Arbitrary<InventoryConfiguration> {
  const prefix = fc.string({ unit: "grapheme-ascii", maxLength: 20 });
  return fc.record(
    {
      Destination: fc.record(
        {
          S3BucketDestination: fc.record(
            {
              AccountId: fc.stringMatching(/^\d{12}$/),
              Bucket: destinationBucketArnArbitrary(),
              Format: fc.constantFrom(...Object.values(InventoryFormat)),
              Prefix: prefix,
              Encryption: fc.oneof(
                fc.constant({ SSES3: {} }),
                fc.record(
                  {
                    SSEKMS: fc.record(
                      { KeyId: fc.constant("arn:aws:kms:us-east-1:123456789012:key/1234abcd") },
                      PLAIN,
                    ),
                  },
                  PLAIN,
                ),
              ),
            },
            { requiredKeys: ["Bucket", "Format"], noNullPrototype: true },
          ),
        },
        PLAIN,
      ),
      IsEnabled: fc.boolean(),
      Filter: fc.record({ Prefix: prefix }, PLAIN),
      Id: id === undefined ? validInventoryIdArbitrary() : fc.constant(id),
      IncludedObjectVersions: fc.constantFrom(...Object.values(InventoryIncludedObjectVersions)),
      OptionalFields: fc.uniqueArray(fc.constantFrom(...Object.values(InventoryOptionalField)), {
        maxLength: 19,
      }),
      Schedule: fc.record({ Frequency: fc.constantFrom(...Object.values(InventoryFrequency)) }, PLAIN),
    },
    {
      requiredKeys: ["Destination", "IsEnabled", "Id", "IncludedObjectVersions", "Schedule"],
      noNullPrototype: true,
    },
  ) as fc.Arbitrary<InventoryConfiguration>;
}
