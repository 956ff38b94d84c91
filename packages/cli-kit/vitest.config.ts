// Shared by every package: see ../../vitest.shared.ts.
export { default } from "../../vitest.shared.ts";
