import fc from "fast-check";
import { InventoryFormat } from "../enums/inventory-format.js";
import { InventoryFrequency } from "../enums/inventory-frequency.js";
import { InventoryIncludedObjectVersions } from "../enums/inventory-included-object-versions.js";
import { InventoryOptionalField } from "../enums/inventory-optional-field.js";
import type { InventoryConfiguration } from "../shapes/inventory-configuration.js";

// fast-check arbitraries of inventory configurations, for every package's property tests.
// - `anyInventoryConfiguration`: every member may be present or absent, enums may be unknown strings,
//   text holds XML specials, line breaks, tabs, non-ASCII and emoji. For codec round trips.
// - `validInventoryConfiguration`: what S3 accepts by the recorded rules (s3-inventory-facts.md 7-8):
//   required members present, Id of [A-Za-z0-9._-]{1,64}, destination an `arn:aws:s3:::` ARN, known
//   enum values, at most one encryption. For tests that expect a 204.

/** True for a code point XML 1.0 allows in a document (section 2.2). */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

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
 * fc.assert(fc.property(xmlText(), (text) => parseXml(`<a>${escapeXmlText(text)}</a>`).text === text));
 * ```
 */
export function xmlText(maxLength = 24): fc.Arbitrary<string> {
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
 * {@link xmlText} without the values no XML reader of S3 documents can give back: text that is only
 * whitespace and contains a line break reads as "" in the SDK (and so in this project's reader).
 *
 * @example
 * ```ts
 * fc.property(roundTripText(), (prefix) => parse(serialize({ ...config, Filter: { Prefix: prefix } })).Filter?.Prefix === prefix);
 * ```
 */
export function roundTripText(maxLength = 24): fc.Arbitrary<string> {
  return xmlText(maxLength).filter((text) => !(text.includes("\n") && text.trim() === ""));
}

/**
 * A known value of an enum, or (sometimes) an unknown string, which must pass through unchanged.
 *
 * @example
 * ```ts
 * enumValue(InventoryFormat); // "CSV" | "ORC" | "Parquet" | "some unknown text"
 * ```
 */
export function enumValue(values: Record<string, string>, text = roundTripText(12)): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...Object.values(values)) },
    { weight: 1, arbitrary: text },
  );
}

/**
 * Any `InventoryConfiguration` the shapes allow: every member independently present or absent, text
 * from {@link roundTripText}, unknown enum values, empty and non-empty OptionalFields.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(anyInventoryConfiguration(), (c) => expect(parse(serialize(c))).toStrictEqual(c)));
 * ```
 */
export function anyInventoryConfiguration(text = roundTripText()): fc.Arbitrary<InventoryConfiguration> {
  const encryption = fc.record(
    {
      SSES3: fc.constant({}),
      SSEKMS: fc.record({ KeyId: text }, { requiredKeys: [], noNullPrototype: true }),
    },
    { requiredKeys: [], noNullPrototype: true },
  );
  const destination = fc.record(
    {
      S3BucketDestination: fc.record(
        {
          AccountId: text,
          Bucket: text,
          Format: enumValue(InventoryFormat),
          Prefix: text,
          Encryption: encryption,
        },
        { requiredKeys: [], noNullPrototype: true },
      ),
    },
    { requiredKeys: [], noNullPrototype: true },
  );
  return fc.record(
    {
      Destination: destination,
      IsEnabled: fc.boolean(),
      Filter: fc.record({ Prefix: text }, { requiredKeys: [], noNullPrototype: true }),
      Id: text,
      IncludedObjectVersions: enumValue(InventoryIncludedObjectVersions),
      OptionalFields: fc.array(enumValue(InventoryOptionalField), { maxLength: 5 }),
      Schedule: fc.record(
        { Frequency: enumValue(InventoryFrequency) },
        { requiredKeys: [], noNullPrototype: true },
      ),
    },
    { requiredKeys: [], noNullPrototype: true },
  ) as fc.Arbitrary<InventoryConfiguration>;
}

// fc.record makes null-prototype objects by default; the SDK and the codec make plain ones.
const PLAIN = { noNullPrototype: true } as const;

const ID_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";

/**
 * An inventory Id S3 accepts: 1 to 64 of `[A-Za-z0-9._-]` (s3-inventory-facts.md 8).
 *
 * @example
 * ```ts
 * fc.sample(validInventoryId(), 1); // ["a.B-9"]
 * ```
 */
export function validInventoryId(): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...ID_CHARACTERS), minLength: 1, maxLength: 64 });
}

/**
 * A destination bucket ARN S3 accepts: `arn:aws:s3:::` and a bucket name (3-63 of lower-case letters,
 * digits, `.` and `-`, starting and ending with a letter or digit).
 *
 * @example
 * ```ts
 * fc.sample(validDestinationBucketArn(), 1); // ["arn:aws:s3:::a-1b"]
 * ```
 */
export function validDestinationBucketArn(): fc.Arbitrary<string> {
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
 * fc.assert(fc.property(validInventoryConfiguration(), (c) => validatePutBucketInventoryConfiguration(c.Id, serialize(c)).ok));
 * ```
 */
export function validInventoryConfiguration(id?: string): fc.Arbitrary<InventoryConfiguration> {
  const prefix = fc.string({ unit: "grapheme-ascii", maxLength: 20 });
  return fc.record(
    {
      Destination: fc.record(
        {
          S3BucketDestination: fc.record(
            {
              AccountId: fc.stringMatching(/^\d{12}$/),
              Bucket: validDestinationBucketArn(),
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
      Id: id === undefined ? validInventoryId() : fc.constant(id),
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
