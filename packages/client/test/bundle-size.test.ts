// The bundle-size target of issue 3, checked on every test run: a script sending the four commands,
// bundled with esbuild (bench/bundle-size.mjs, the benchmark's options), is at most TARGET_GZIP_RATIO of the
// same script on @aws-sdk/client-s3, both measured here. Bytes, not time: deterministic for a given
// lockfile. It bundles the built dist/index.js (turbo builds before testing), i.e. what users install.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { bundleSize, TARGET_GZIP_RATIO } from "../bench/bundle-size.mjs";

const DIST = fileURLToPath(new URL("../dist/index.js", import.meta.url));

test(`a script sending the four commands bundles to at most ${TARGET_GZIP_RATIO} of the SDK's gzip size`, async () => {
  expect(existsSync(DIST), "dist/index.js is missing: run `pnpm build` first").toBe(true);
  const [ours, sdk] = await Promise.all([
    bundleSize(DIST, "S3InventoryClient"),
    bundleSize("@aws-sdk/client-s3", "S3Client"),
  ]);
  const budget = Math.floor(sdk.gzip * TARGET_GZIP_RATIO);
  expect(
    ours.gzip,
    `ours ${ours.gzip} B gzip vs SDK ${sdk.gzip} B: ratio ${(ours.gzip / sdk.gzip).toFixed(3)}, budget ${budget} B`,
  ).toBeLessThanOrEqual(budget);
  // The SDK side really is the SDK (a broken resolution would make any bundle "small enough").
  expect(sdk.gzip).toBeGreaterThan(50_000);
});
