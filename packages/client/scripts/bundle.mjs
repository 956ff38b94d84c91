// Builds dist/index.js: one ES module with this package and its runtime dependencies (@smithy/*,
// @s3-inventory/model) inlined and tree-shaken, Node built-ins left as imports.
//
// Why one file: loading the same code as ~60 modules (@smithy packages resolve to their CommonJS builds
// under Node, each pulling several @smithy/core submodules) costs 120-140 ms at startup on the
// benchmark machine, as much as all of @aws-sdk/client-s3; one file costs ~15 ms (bench/run.mjs).
// The declarations (dist/*.d.ts, from tsc) still refer to the dependencies' types.
// The price: S3InventoryClient extends the bundled copy of Smithy's Client, so `instanceof Client` from the
// user's @smithy/smithy-client is false. Keeping @smithy/smithy-client and @smithy/protocol-http external
// was measured at an import ratio of 0.30-0.32 of the SDK's (target 0.25); see README, "Limits".
import { build } from "esbuild";

// @smithy/core's HttpProtocol loads its event-stream code with `import("@smithy/core/event-streams")`.
// A dynamic import of a bundled module makes esbuild wrap that module and everything it imports (most of
// @smithy/core) in lazy initializers, which statement-level tree-shaking cannot see through: 954 B gzip
// more in a user's bundle (bench/bundle-size.mjs). This client never uses HttpProtocol, so the import is
// left out with it; were it ever kept, it would show as a non-built-in import in dist/index.js, which
// test/bundled-smithy.test.ts refuses.
const eventStreamsStaysExternal = {
  name: "event-streams-stays-external",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@smithy\/core\/event-streams$/ }, ({ path }) => ({
      path,
      external: true,
    }));
  },
};

await build({
  entryPoints: [new URL("../src/index.ts", import.meta.url).pathname],
  outfile: new URL("../dist/index.js", import.meta.url).pathname,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // ES builds of the dependencies (`module` before `main`), so that unused code is left out.
  mainFields: ["module", "main"],
  sourcemap: true,
  legalComments: "inline",
  logLevel: "warning",
  plugins: [eventStreamsStaysExternal],
});
