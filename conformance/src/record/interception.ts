import type { TargetKind } from "../targets/target.js";

// The global keys @mswjs/interceptors (msw's engine) sets while it patches Node's HTTP modules or fetch.
const INTERCEPTOR_KEYS = ["client-request-interceptor", "fetch-interceptor", "xhr-interceptor"];

/**
 * Why answers in this process may not come from the network, or undefined: the msw target, or any
 * msw/interceptors request interceptor active (a test harness that fakes AWS's hostnames). A recording made
 * so says it was intercepted, and `evidence` never promotes it.
 *
 * @internal
 */
export function interceptionIn(kind: TargetKind): string | undefined {
  if (kind === "msw") return "the msw target answers in process";
  const globals = globalThis as unknown as Record<symbol, unknown>;
  const active = INTERCEPTOR_KEYS.find((key) => globals[Symbol.for(key)] !== undefined);
  return active === undefined
    ? undefined
    : `an in-process request interceptor (@mswjs/interceptors ${active}) was active during the run`;
}
