import { AsyncLocalStorage } from "node:async_hooks";
import type { RecordedExchange } from "./recorded-step.js";

// The exchanges of the step running in this async context (cases and repeat iterations run concurrently).
const current = new AsyncLocalStorage<RecordedExchange[]>();

/**
 * Runs one step and collects every HTTP exchange it makes, whichever driver sends them.
 *
 * @internal
 */
export async function collectExchanges<T>(
  run: () => Promise<T>,
): Promise<{ value: T; exchanges: RecordedExchange[] }> {
  const exchanges: RecordedExchange[] = [];
  const value = await current.run(exchanges, run);
  return { value, exchanges };
}

/**
 * True when a step is being recorded here: the HTTP layers only copy bodies then.
 *
 * @internal
 */
export function isRecording(): boolean {
  return current.getStore() !== undefined;
}

/**
 * Adds an exchange to the step being recorded, if any.
 *
 * @internal
 */
export function noteExchange(exchange: RecordedExchange): void {
  current.getStore()?.push(exchange);
}

/**
 * An exchange from a request URL and headers, as both HTTP layers see them.
 *
 * @internal
 */
export function exchangeOf(
  method: string,
  url: string,
  headers: Record<string, string>,
  body: Uint8Array | string | undefined,
  status: number,
  responseHeaders: Record<string, string>,
  responseBody: Uint8Array | undefined,
): RecordedExchange {
  const parsed = new URL(url);
  return {
    request: {
      method,
      url,
      path: parsed.pathname,
      query: parsed.search.replace(/^\?/, ""),
      headers: lowerCased(headers),
      body: text(body),
    },
    response: { status, headers: lowerCased(responseHeaders), body: text(responseBody) },
  };
}

function text(body: Uint8Array | string | undefined): string {
  if (body === undefined) return "";
  return typeof body === "string" ? body : Buffer.from(body).toString("utf8");
}

function lowerCased(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
  );
}
