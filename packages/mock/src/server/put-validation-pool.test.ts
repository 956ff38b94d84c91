import { validatePutBucketInventoryConfiguration } from "@s3-inventory/model";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createPutValidationPool, INLINE_PUT_VALIDATION_MAX_BYTES } from "./put-validation-pool.js";

const HEAD =
  '<InventoryConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Destination><S3BucketDestination><Bucket>arn:aws:s3:::dest</Bucket><Format>CSV</Format></S3BucketDestination></Destination><IsEnabled>true</IsEnabled><Id>big</Id><IncludedObjectVersions>All</IncludedObjectVersions><OptionalFields>';
const TAIL = "</OptionalFields><Schedule><Frequency>Daily</Frequency></Schedule></InventoryConfiguration>";
// A valid body well over the inline bound: 200 fields, each followed by padding.
const LARGE = `${HEAD}${"<Field>Size</Field>\n    ".repeat(200)}${" ".repeat(INLINE_PUT_VALIDATION_MAX_BYTES)}${TAIL}`;
const encoder = new TextEncoder();

const pool = createPutValidationPool({ size: 1 });
afterAll(() => pool.close());

describe("createPutValidationPool", () => {
  it("validates a usual body inline and a large one in a worker, with the model's verdict", async () => {
    const small = encoder.encode(`${HEAD}<Field>Size</Field>${TAIL}`);
    const inline = pool.validate({ id: "big", body: small });
    expect(inline).not.toBeInstanceOf(Promise);
    expect(inline).toEqual(validatePutBucketInventoryConfiguration({ id: "big", body: small }));

    const large = encoder.encode(LARGE);
    const offLoop = pool.validate({ id: "big", body: large });
    expect(offLoop).toBeInstanceOf(Promise);
    const verdict = await offLoop;
    expect(verdict.ok).toBe(true);
    expect(verdict).toEqual(validatePutBucketInventoryConfiguration({ id: "big", body: large }));
    // The caller's bytes are left intact (the worker gets a copy).
    expect(large.byteLength).toBe(encoder.encode(LARGE).byteLength);
  });

  it("gives every large body the verdict the engine gives inline", async () => {
    // Edits at any position of a large valid body: markup, entities, a DOCTYPE, forbidden characters,
    // invalid UTF-8, extra elements; the verdicts (ok, rule, S3 error) must be the same both ways.
    const edit = fc.constantFrom(
      "<",
      "&",
      "&lt;",
      "&bogus;",
      "\u0000",
      "x",
      "<Field>ETag</Field>",
      "<!DOCTYPE a>",
      "</OptionalFields>",
      "\uFFFF",
      "<Bogus/>",
    );
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: LARGE.length }),
        edit,
        fc.boolean(),
        fc.constantFrom("big", "other"),
        async (at, inserted, badByte, id) => {
          const bytes = encoder.encode(`${LARGE.slice(0, at)}${inserted}${LARGE.slice(at)}`);
          if (badByte) bytes[Math.min(at, bytes.length - 1)] = 0xff;
          const request = { id, body: bytes };
          const expected = validatePutBucketInventoryConfiguration(request);
          expect(await pool.validate(request)).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("answers what a failing worker was given inline, and the next large body goes to a new worker", async () => {
    const crashing = createPutValidationPool({
      size: 1,
      // Dies on its first request; the pool must answer it anyway.
      workerSource:
        'require("node:worker_threads").parentPort.on("message", () => { throw new Error("worker died"); });',
    });
    const body = encoder.encode(LARGE);
    const expected = validatePutBucketInventoryConfiguration({ id: "big", body });
    for (let attempt = 0; attempt < 2; attempt++) {
      const verdict = crashing.validate({ id: "big", body });
      expect(verdict).toBeInstanceOf(Promise);
      expect(await verdict).toEqual(expected);
    }
    await crashing.close();
  });

  it("validates inline once closed", async () => {
    const closed = createPutValidationPool({ size: 1 });
    await closed.close();
    const body = encoder.encode(LARGE);
    const verdict = closed.validate({ id: "big", body });
    expect(verdict).not.toBeInstanceOf(Promise);
    expect(verdict).toEqual(validatePutBucketInventoryConfiguration({ id: "big", body }));
  });
});
