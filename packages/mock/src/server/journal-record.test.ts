import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { StateMutation } from "../engine/state/state-mutation.js";
import { decodeJournal, encodeJournalRecord } from "./journal-record.js";

const mutation = (i: number): StateMutation =>
  i % 7 === 3
    ? { type: "deleteConfiguration", bucket: "src", id: `r${i}` }
    : {
        type: "putConfiguration",
        bucket: "src",
        id: `r${i}-é`,
        configuration: {
          Id: `r${i}-é`,
          IsEnabled: true,
          IncludedObjectVersions: "All",
          Destination: { S3BucketDestination: { Bucket: "arn:aws:s3:::dest", Format: "CSV" } },
          Schedule: { Frequency: "Daily" },
        },
      };

const RECORDS = Array.from({ length: 200 }, (_, i) => mutation(i));
const ENCODED = RECORDS.map(encodeJournalRecord);
const JOURNAL = Buffer.concat(ENCODED);
let offset = 0;
const STARTS = ENCODED.map((record) => {
  const start = offset;
  offset += record.byteLength;
  return start;
});

// The record a byte offset belongs to.
const recordAt = (offset: number): number => STARTS.findLastIndex((start) => start <= offset);

// Every record has its own Id (and the property test checks whole records).
const key = (record: StateMutation): string =>
  `${record.type} ${"id" in record ? record.id : "bucket" in record ? record.bucket : ""}`;
const KEYS = RECORDS.map(key);

// Every record but `damaged` is kept, in order; `damaged` itself may or may not survive.
function expectAllBut(kept: readonly StateMutation[], damaged: number): void {
  const keys = kept.map(key).filter((key) => key !== KEYS[damaged]);
  const expected = KEYS.filter((_, i) => i !== damaged);
  // Compared as one string first: a deep comparison of 2,200 lists would dominate the test's time.
  if (keys.join("\n") !== expected.join("\n")) expect(keys).toEqual(expected);
}

// Offsets within a record of each part of its frame: separator, first and last length digit, the
// space, first and last checksum digit, the space, first, middle and last JSON byte, terminator.
function framePositions(record: Buffer): number[] {
  const firstSpace = record.indexOf(0x20);
  const json = firstSpace + 10;
  const end = record.byteLength - 1;
  return [
    0,
    1,
    firstSpace - 1,
    firstSpace,
    firstSpace + 1,
    firstSpace + 8,
    firstSpace + 9,
    json,
    (json + end) >> 1,
    end - 1,
    end,
  ];
}

describe("journal records", () => {
  it("round-trip", () => {
    const decoded = decodeJournal(JOURNAL);
    expect(decoded).toEqual({ mutations: RECORDS, damagedStretches: 0, damagedBytes: 0 });
  });

  it("one corrupted byte at every record position of a 200-record journal costs at most that record", () => {
    let corrupted = 0;
    for (const [index, record] of ENCODED.entries()) {
      for (const position of framePositions(record)) {
        const bytes = Buffer.from(JOURNAL);
        const offset = (STARTS[index] ?? 0) + position;
        bytes[offset] = (bytes[offset] ?? 0) ^ 0x5a;
        const decoded = decodeJournal(bytes);
        expectAllBut(decoded.mutations, index);
        // A lost record is always reported as damage.
        if (decoded.mutations.length < RECORDS.length) expect(decoded.damagedStretches).toBe(1);
        corrupted++;
      }
    }
    expect(corrupted).toBe(200 * 11);
  });

  it("any byte value at any position, and a torn tail, cost at most the damaged records (property)", () => {
    fc.assert(
      fc.property(fc.nat(JOURNAL.byteLength - 1), fc.integer({ min: 0, max: 255 }), (offset, value) => {
        fc.pre(JOURNAL[offset] !== value);
        const bytes = Buffer.from(JOURNAL);
        bytes[offset] = value;
        expectAllBut(decodeJournal(bytes).mutations, recordAt(offset));
      }),
    );
    fc.assert(
      fc.property(fc.nat(JOURNAL.byteLength - 1), (length) => {
        // An append torn at `length`, then later records appended after it (a failed write's remains).
        const tail = encodeJournalRecord(mutation(999));
        const bytes = Buffer.concat([JOURNAL.subarray(0, length), tail]);
        const decoded = decodeJournal(bytes);
        const whole = STARTS.filter((start, i) => start + (ENCODED[i]?.byteLength ?? 0) <= length).length;
        expect(decoded.mutations.slice(0, whole)).toEqual(RECORDS.slice(0, whole));
        expect(decoded.mutations.at(-1)).toEqual(mutation(999));
      }),
    );
  });
});
