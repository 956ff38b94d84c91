import { crc32 } from "node:zlib";
import type { StateMutation } from "../engine/state/state-mutation.js";

// ASCII record separator: JSON.stringify escapes every control character, so it never occurs inside a
// record's JSON, and a reader can always find where the next record starts (as in RFC 7464).
const RS = 0x1e;
const LF = 0x0a;
const SPACE = 0x20;
const MUTATION_TYPES = new Set<StateMutation["type"]>([
  "createBucket",
  "deleteBucket",
  "putConfiguration",
  "deleteConfiguration",
  "reset",
]);

/**
 * One journal record: `RS length SPACE crc32-hex SPACE json LF`, where `length` is the JSON's byte
 * length and the CRC-32 covers those bytes. The length and the checksum prove a record whole; the
 * separator lets a reader resume at the next record after a damaged one.
 *
 * @internal
 */
export function encodeJournalRecord(mutation: StateMutation): Buffer {
  const json = Buffer.from(JSON.stringify(mutation), "utf8");
  const header = Buffer.from(`\x1e${json.byteLength} ${checksum(json)} `, "latin1");
  return Buffer.concat([header, json, Buffer.of(LF)]);
}

/**
 * What a journal holds: every intact record in order, and the damage that was skipped (each
 * stretch of consecutive damaged bytes counts once).
 *
 * @internal
 */
export interface DecodedJournal {
  mutations: StateMutation[];
  damagedStretches: number;
  damagedBytes: number;
}

/**
 * Decodes a whole journal, keeping every record whose length and checksum hold, wherever damage is
 * (a torn last append, a flipped byte in the middle, a damaged separator or terminator).
 *
 * @internal
 */
export function decodeJournal(bytes: Uint8Array): DecodedJournal {
  const mutations: StateMutation[] = [];
  let damagedStretches = 0;
  let damagedBytes = 0;
  let position = 0;
  // Right after an intact record the next one starts, even if its separator byte is the damaged one.
  let atBoundary = true;
  let inDamage = false;
  while (position < bytes.length) {
    if (bytes[position] === RS || atBoundary) {
      const record = decodeRecordAt(bytes, position + 1);
      if (record) {
        mutations.push(record.mutation);
        position = record.end;
        atBoundary = true;
        inDamage = false;
        continue;
      }
    }
    let next = bytes.indexOf(RS, position + 1);
    if (next === -1) next = bytes.length;
    if (!inDamage) damagedStretches++;
    inDamage = true;
    damagedBytes += next - position;
    position = next;
    atBoundary = false;
  }
  return { mutations, damagedStretches, damagedBytes };
}

function decodeRecordAt(
  bytes: Uint8Array,
  start: number,
): { mutation: StateMutation; end: number } | undefined {
  let cursor = start;
  let length = 0;
  while (cursor < bytes.length && cursor - start < 9) {
    const byte = bytes[cursor] ?? 0;
    if (byte < 0x30 || byte > 0x39) break;
    length = length * 10 + byte - 0x30;
    cursor++;
  }
  if (cursor === start || bytes[cursor] !== SPACE) return undefined;
  const sum = Buffer.from(
    bytes.buffer,
    bytes.byteOffset + cursor + 1,
    Math.min(8, bytes.length - cursor - 1),
  );
  const jsonStart = cursor + 10;
  if (sum.byteLength !== 8 || bytes[cursor + 9] !== SPACE || jsonStart + length > bytes.length)
    return undefined;
  const json = Buffer.from(bytes.buffer, bytes.byteOffset + jsonStart, length);
  if (checksum(json) !== sum.toString("latin1")) return undefined;
  let mutation: unknown;
  try {
    mutation = JSON.parse(json.toString("utf8"));
  } catch {
    return undefined;
  }
  if (
    typeof mutation !== "object" ||
    mutation === null ||
    !MUTATION_TYPES.has((mutation as StateMutation).type)
  )
    return undefined;
  // The terminator is skipped whatever it became (the checksum already proved the record), unless it
  // is the next record's separator: an append torn just before its terminator.
  const end = jsonStart + length;
  return {
    mutation: mutation as StateMutation,
    end: bytes[end] === RS ? end : Math.min(end + 1, bytes.length),
  };
}

function checksum(bytes: Uint8Array): string {
  return crc32(bytes).toString(16).padStart(8, "0");
}
