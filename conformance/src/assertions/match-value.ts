import type { MatchValue } from "@s3-inventory/fixtures";
import type { Mismatch } from "./mismatch.js";

/**
 * `equals`: objects may hold no members beyond the expected ones; `subset`: extra members are allowed.
 *
 * @example
 * ```ts
 * declare const output: unknown;
 * matchValue({ IsTruncated: false }, output, "output", "subset" satisfies MatchMode);
 * ```
 * @public
 */
export type MatchMode = "equals" | "subset";

/**
 * Compares an actual value with an expected one (already placeholder-expanded) and lists every difference.
 * Object member order is never compared (XML element order of a structure is not something S3 fixes for
 * readers, and clients parse it into objects); arrays are compared in order unless wrapped in `$unordered`.
 * A string actual equals a number or boolean expected with the same text, because raw XML bodies are text.
 *
 * @example
 * ```ts
 * matchValue({ IsTruncated: true, Next: { $present: true } }, { IsTruncated: false }, "output", "subset");
 * // [{ path: "output.IsTruncated", ... }, { path: "output.Next", ... }]
 * ```
 * @public
 */
export function matchValue(expected: MatchValue, actual: unknown, path: string, mode: MatchMode): Mismatch[] {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    const matcher = matchMatcher(expected, actual, path, mode);
    if (matcher) return matcher;
    if (!isPlainObject(actual)) return [{ path, expected, actual, reason: "expected an object" }];
    const mismatches: Mismatch[] = [];
    for (const [key, value] of Object.entries(expected)) {
      mismatches.push(...matchValue(value, actual[key], `${path}.${key}`, mode));
    }
    if (mode === "equals") {
      for (const [key, value] of Object.entries(actual)) {
        if (value !== undefined && !(key in expected)) {
          mismatches.push({
            path: `${path}.${key}`,
            expected: undefined,
            actual: value,
            reason: "unexpected member",
          });
        }
      }
    }
    return mismatches;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [{ path, expected, actual, reason: "expected a list" }];
    if (actual.length !== expected.length) {
      return [{ path, expected, actual, reason: `expected ${expected.length} items, got ${actual.length}` }];
    }
    return expected.flatMap((item, i) => matchValue(item, actual[i], `${path}[${i}]`, mode));
  }
  if (actual === expected) return [];
  if (typeof actual === "string" && (typeof expected === "number" || typeof expected === "boolean")) {
    if (actual === String(expected)) return [];
  }
  return [{ path, expected, actual }];
}

// Returns undefined when `expected` is not a matcher object.
function matchMatcher(
  expected: { [key: string]: MatchValue },
  actual: unknown,
  path: string,
  mode: MatchMode,
): Mismatch[] | undefined {
  const keys = Object.keys(expected);
  if (keys.length !== 1 || !keys[0]?.startsWith("$")) return undefined;
  const fail = (reason: string): Mismatch[] => [{ path, expected, actual, reason }];
  if ("$present" in expected) return actual === undefined ? fail("expected to be present") : [];
  if ("$absent" in expected) return actual === undefined ? [] : fail("expected to be absent");
  if ("$match" in expected) {
    const pattern = new RegExp(String(expected.$match));
    const text = typeof actual === "string" || typeof actual === "number" ? String(actual) : undefined;
    return text !== undefined && pattern.test(text) ? [] : fail(`expected to match /${expected.$match}/`);
  }
  if ("$length" in expected) {
    if (!Array.isArray(actual)) return fail("expected a list");
    return actual.length === expected.$length
      ? []
      : fail(`expected ${expected.$length} items, got ${actual.length}`);
  }
  if ("$unordered" in expected)
    return matchUnordered(expected.$unordered as MatchValue[], actual, path, mode);
  return fail(`unknown matcher ${keys[0]}`);
}

// Multiset comparison: each expected item must match a distinct actual item (greedy; items are small).
function matchUnordered(expected: MatchValue[], actual: unknown, path: string, mode: MatchMode): Mismatch[] {
  if (!Array.isArray(actual)) return [{ path, expected, actual, reason: "expected a list" }];
  if (actual.length !== expected.length) {
    return [
      {
        path,
        expected,
        actual,
        reason: `expected ${expected.length} items (any order), got ${actual.length}`,
      },
    ];
  }
  const unused = actual.map((_, i) => i);
  for (const item of expected) {
    const found = unused.findIndex((i) => matchValue(item, actual[i], path, mode).length === 0);
    if (found === -1) return [{ path, expected: item, actual, reason: "no matching item (any order)" }];
    unused.splice(found, 1);
  }
  return [];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
