// The one vitest configuration every package uses (each package's vitest.config.ts re-exports it),
// so test discovery, the JSON report that scripts/test-summary.mjs sums, and timeouts stay alike.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Unit tests sit next to what they test; integration tests over real sockets live in test/.
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: ["default", "json"],
    outputFile: { json: ".vitest/results.json" },
    testTimeout: 30_000,
  },
});
