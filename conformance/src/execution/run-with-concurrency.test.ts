import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runWithConcurrency } from "./run-with-concurrency.js";

describe("runWithConcurrency", () => {
  it("returns every result in input order and never exceeds the limit", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 8 }),
        async (delays, limit) => {
          let inFlight = 0;
          let peak = 0;
          const results = await runWithConcurrency(delays, limit, async (delay, index) => {
            inFlight += 1;
            peak = Math.max(peak, inFlight);
            await new Promise((resolve) => setTimeout(resolve, delay));
            inFlight -= 1;
            return index;
          });
          expect(results).toEqual(delays.map((_, i) => i));
          expect(peak).toBeLessThanOrEqual(limit);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("stops starting items once asked, leaving their slots empty", async () => {
    let stop = false;
    const results = await runWithConcurrency(
      [1, 2, 3, 4],
      1,
      async (n) => {
        if (n === 2) stop = true;
        return n;
      },
      () => stop,
    );
    expect(results).toEqual([1, 2, undefined, undefined]);
  });
});
