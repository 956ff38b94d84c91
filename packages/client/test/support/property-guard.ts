/**
 * The timeout of a property test of `runs` generated cases: a hang guard sized to the work (a generous
 * 250 ms a case), never a speed check. On a loaded machine 1,000 cases took more than vitest's 30 s.
 */
export const guardFor = (runs: number): number => 10_000 + runs * 250;
