// TLS options end to end: a self-signed HTTPS endpoint is refused by default (one exit-2 line), trusted with
// --ca-file, and accepted with --insecure, by our client, the SDK and raw requests alike.
import { readFile } from "node:fs/promises";
import { ConfigurationError } from "@s3-inventory/cli-kit";
import { createInventoryMockEngine } from "@s3-inventory/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endpointArguments, runQuietly } from "./support/run-quietly.js";
import { serveEngine } from "./support/serve-engine.js";

const CERT = new URL("./support/tls/test-only-127.0.0.1.crt", import.meta.url);
const KEY = new URL("./support/tls/test-only-127.0.0.1.key", import.meta.url);
let server: Awaited<ReturnType<typeof serveEngine>>;

beforeAll(async () => {
  const engine = createInventoryMockEngine({});
  server = await serveEngine((request) => engine.handle(request), {
    tls: { key: await readFile(KEY, "utf8"), cert: await readFile(CERT, "utf8") },
  });
});
afterAll(() => server.close());

const selection = ["--grep", "^(example-1-weekly-orc|malformed-xml|anonymous-request-denied)$"];

describe("TLS", () => {
  it("refuses an untrusted certificate with a configuration error", async () => {
    const error = await runQuietly([...endpointArguments(server.url), ...selection]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/cannot reach .*self-signed certificate/);
  });

  it.each([["ours"], ["sdk"]])("trusts --ca-file (%s client)", async (client) => {
    const outcome = await runQuietly([
      ...endpointArguments(server.url),
      ...selection,
      "--client",
      client,
      "--ca-file",
      CERT.pathname,
    ]);
    expect(outcome.report?.cases.map((c) => c.status)).toEqual(["passed", "passed", "passed"]);
  });

  it("accepts anything with --insecure", async () => {
    const outcome = await runQuietly([...endpointArguments(server.url), ...selection, "--insecure"]);
    expect(outcome.report?.cases.map((c) => c.status)).toEqual(["passed", "passed", "passed"]);
  });
});
