import { createInventoryMockEngine } from "@s3-inventory/mock";
import type { Breakage } from "./breakages.js";
import { endpointArguments, runQuietly } from "./run-quietly.js";
import { serveEngine } from "./serve-engine.js";

/**
 * Runs the runner against the mock engine over a real socket, with one behaviour broken (or none).
 *
 * @example
 * const outcome = await runAgainst(put200, ["--grep", "^put-"]);
 */
export async function runAgainst(breakage: Breakage | undefined, argv: string[] = []) {
  const engine = createInventoryMockEngine({});
  const server = await serveEngine(breakage ? breakage(engine) : (request) => engine.handle(request));
  try {
    return await runQuietly([...endpointArguments(server.url), ...argv]);
  } finally {
    await server.close();
  }
}
