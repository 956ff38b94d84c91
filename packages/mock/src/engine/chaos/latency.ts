/**
 * Delay added before every answer, to imitate a remote endpoint: a fixed number of milliseconds, or a
 * range from which each request draws uniformly (jitter).
 *
 * @example
 * ```ts
 * const fixed: LatencyOption = 20;
 * const jittered: LatencyOption = { minMs: 5, maxMs: 50 };
 * ```
 * @public
 */
export type LatencyOption = number | { minMs: number; maxMs: number };

/**
 * Reads `20` or `5-50` (milliseconds), as the CLI's `--latency` takes it; `undefined` when invalid.
 *
 * @example
 * ```ts
 * parseLatency("5-50"); // { minMs: 5, maxMs: 50 }
 * ```
 * @public
 */
export function parseLatency(text: string): LatencyOption | undefined {
  const match = /^(\d{1,6})(?:-(\d{1,6}))?$/.exec(text.trim());
  if (!match) return undefined;
  const minMs = Number(match[1]);
  if (match[2] === undefined) return minMs;
  const maxMs = Number(match[2]);
  return maxMs >= minMs ? { minMs, maxMs } : undefined;
}

/**
 * Waits the configured latency (no wait when `undefined` or 0).
 *
 * @internal
 */
export async function applyLatency(latency: LatencyOption | undefined, random: () => number): Promise<void> {
  if (latency === undefined) return;
  const delay =
    typeof latency === "number" ? latency : latency.minMs + random() * (latency.maxMs - latency.minMs);
  if (delay <= 0) return;
  await new Promise((resolve) => setTimeout(resolve, delay));
}
