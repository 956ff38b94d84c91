// @s3-inventory/mock/server: the engine served over node:http, with optional persistence.
export { DataDirInUseError } from "./data-dir-lock.js";
export { type MockServer, type MockServerOptions, startMockServer } from "./start-mock-server.js";
