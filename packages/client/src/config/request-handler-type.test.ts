// Type-level test (checked by `pnpm typecheck`, run by vitest): `requestHandler` takes any Smithy
// HttpHandler without a cast, as S3Client's does. It used to be typed `HttpHandler<HttpHandlerOptions>`,
// whose type argument is the handler's own configuration type, so a NodeHttpHandler (configured by
// NodeHttpHandlerOptions, which has no `abortSignal`) was refused at compile time.
import { S3Client } from "@aws-sdk/client-s3";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { HttpHandler } from "@smithy/protocol-http";
import { describe, expect, expectTypeOf, it } from "vitest";
import { S3InventoryClient, type S3InventoryClientConfig } from "../index.js";

type RequestHandlerInput = NonNullable<S3InventoryClientConfig["requestHandler"]>;

describe("requestHandler", () => {
  it("takes a NodeHttpHandler from @smithy/node-http-handler without a cast", () => {
    const handler = new NodeHttpHandler({ requestTimeout: 1_000 });
    expectTypeOf(handler).toExtend<RequestHandlerInput>();
    const client = new S3InventoryClient({ region: "us-east-1", requestHandler: handler });
    expect(client.config.requestHandler).toBe(handler);
    client.destroy();
  });

  it("takes the handler an @aws-sdk/client-s3 S3Client resolved, and any HttpHandler", () => {
    const sdk = new S3Client({ region: "us-east-1" });
    expectTypeOf(sdk.config.requestHandler).toExtend<RequestHandlerInput>();
    expectTypeOf<HttpHandler>().toExtend<RequestHandlerInput>();
    const client = new S3InventoryClient({ region: "us-east-1", requestHandler: sdk.config.requestHandler });
    expect(client.config.requestHandler).toBe(sdk.config.requestHandler);
    sdk.destroy();
  });

  it("still refuses what is neither a handler nor handler settings", () => {
    expectTypeOf<42>().not.toExtend<RequestHandlerInput>();
    // @ts-expect-error a string is not a request handler
    const options: S3InventoryClientConfig = { region: "us-east-1", requestHandler: "node" };
    expect(options.requestHandler).toBe("node");
  });
});
