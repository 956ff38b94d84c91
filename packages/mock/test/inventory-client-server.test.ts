import { afterAll, beforeAll, describe } from "vitest";
import { type MockServer, startMockServer } from "../src/server/index.js";
import { inventoryClientScenario } from "./support/inventory-client-scenario.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ buckets: ["src"] });
});
afterAll(async () => {
  await server.close();
});

describe("@s3-inventory/client through startMockServer (a real socket)", () => {
  inventoryClientScenario(() => server.url);
});
