// @s3-inventory/mock/server: the engine served over node:http, with optional persistence.
export { DataDirInUseError } from "./data-dir-lock.js";
export type { MockServerHandler, MockServerOptions } from "./mock-server-options.js";
export { type MockServer, startMockServer } from "./start-mock-server.js";
