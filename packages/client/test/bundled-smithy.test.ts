// Pins the documented consequence of shipping one bundled file (README, "Limits and choices"): the
// published dist/index.js carries its own copy of @smithy/*, so `client instanceof Client` from the
// user's @smithy/smithy-client is false, while everything Smithy checks by shape keeps working (errors
// pass `instanceof ServiceException`, handlers built on the package's HttpResponse are accepted).
// These run against dist/ (built before the tests by turbo), the code users install, not src/.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client, ServiceException } from "@smithy/smithy-client";
import { describe, expect, test } from "vitest";
import * as bundled from "../dist/index.js";
import { CaptureHandler } from "./support/capture-handler.js";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(PACKAGE, "dist");
const manifest = JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
};

describe("dist/index.js", () => {
  test("imports nothing but Node.js built-ins: @smithy/* and @s3-inventory/model are inlined", () => {
    const code = readFileSync(join(DIST, "index.js"), "utf8");
    const specifiers = [...code.matchAll(/(?:^|[\s;])(?:import|export)\s[^"']*?from\s*["']([^"']+)["']/gm)]
      .concat([...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)])
      .map((match) => match[1] ?? "");
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.filter((specifier) => !specifier.startsWith("node:"))).toEqual([]);
  });

  test("every runtime dependency is there for the published type declarations", () => {
    const declarations = readdirSync(DIST, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".d.ts"))
      .map((file) => readFileSync(join(DIST, file), "utf8"))
      .join("\n");
    for (const dependency of Object.keys(manifest.dependencies)) {
      expect(declarations, `${dependency} is a dependency but no .d.ts imports it`).toContain(
        `from "${dependency}"`,
      );
    }
  });
});

describe("identity of the bundled @smithy copy", () => {
  const client = new bundled.S3InventoryClient({
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "not-a-secret" },
    requestHandler: new CaptureHandler({
      statusCode: 404,
      body: "<Error><Code>NoSuchBucket</Code><Message>gone</Message><BucketName>b</BucketName></Error>",
    }),
    maxAttempts: 1,
  });

  test("the client is not an instance of @smithy/smithy-client's Client (documented deviation)", () => {
    expect(client).not.toBeInstanceOf(Client);
    // It is a Client of the bundled copy, with the same surface.
    expect(Object.getPrototypeOf(bundled.S3InventoryClient.prototype).constructor.name).toBe("Client");
    expect(client.send).toBeTypeOf("function");
    expect(client.destroy).toBeTypeOf("function");
    expect(client.middlewareStack.add).toBeTypeOf("function");
  });

  test("its errors are instances of @smithy/smithy-client's ServiceException (Smithy checks by shape)", async () => {
    const error = await client
      .send(new bundled.GetBucketInventoryConfigurationCommand({ Bucket: "b", Id: "1" }))
      .then(
        () => expect.unreachable("the command should fail"),
        (thrown: unknown) => thrown,
      );
    expect(error).toBeInstanceOf(bundled.NoSuchBucket);
    expect(error).toBeInstanceOf(ServiceException);
  });
});
