// One edit in the model's operation table moves every consumer: the client's serializer, the mock's router
// and the runner's labels and reproduction commands are all built from the table they are given. The client
// and mock builders are internal, so they are imported from source.
import { S3_OPERATIONS, type S3Operation, type S3OperationTable } from "@s3-inventory/model";
import { describe, expect, it } from "vitest";
import { buildOperationRequest } from "../../packages/client/src/protocol/build-operation-request.js";
import { splitRawUrl } from "../../packages/mock/src/engine/routing/raw-url.js";
import { createOperationRouter } from "../../packages/mock/src/engine/routing/resolve-operation.js";
import type { ConnectionSettings } from "../src/drivers/connection-settings.js";
import { reproduceOperation } from "../src/execution/reproduce-step.js";
import { describeOperationRequest } from "../src/execution/run-step.js";

const settings = { region: "us-east-1", endpoint: "http://127.0.0.1:4566" } as ConnectionSettings;
const endpoint = async () => ({ protocol: "http:", hostname: "127.0.0.1", port: 4566, path: "/src" });

// The request our client sends for `operation`, as the URL a server receives.
async function sentUrl(operation: S3Operation, input: Record<string, unknown>): Promise<string> {
  const request = await buildOperationRequest(operation, input, { endpoint });
  const query = Object.entries(request.query)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join("&");
  return `http://127.0.0.1:4566${request.path}?${query}`;
}

function withRenamedId(table: S3OperationTable): S3OperationTable {
  const copy = structuredClone(table) as { -readonly [K in keyof S3OperationTable]: S3Operation };
  for (const name of ["PutBucketInventoryConfiguration", "GetBucketInventoryConfiguration"] as const) {
    copy[name] = {
      ...copy[name],
      input: {
        ...copy[name].input,
        Id: { binding: { in: "query", name: "config-id" }, required: true, cli: "--config-id" },
      },
      cli: `${copy[name].cli}-v2`,
    };
  }
  return copy;
}

describe("the operation table drives client, mock and runner", () => {
  it("every operation the client builds from the table, the mock routes back to it with the same members", async () => {
    const route = createOperationRouter(S3_OPERATIONS);
    const input = { Bucket: "src", Id: "r 1", ContinuationToken: "t/1" };
    for (const operation of Object.values(S3_OPERATIONS).filter((o) => o.http.uri.startsWith("/{Bucket}"))) {
      const routed = route(operation.http.method, splitRawUrl(await sentUrl(operation, input))!, []);
      expect(routed.operation, operation.name).toBe(operation.name);
      for (const [member, { binding }] of Object.entries(operation.input))
        if (binding.in === "query")
          expect(routed.input[member], `${operation.name} ${member}`).toBe(
            input[member as keyof typeof input],
          );
    }
  });

  it("renaming a query key and a CLI name in a copy of the table moves all three consumers", async () => {
    const altered = withRenamedId(S3_OPERATIONS);
    const get = altered.GetBucketInventoryConfiguration;
    const url = await sentUrl(get, { Bucket: "src", Id: "r1" });
    expect(url).toContain("config-id=r1");
    expect(url).not.toMatch(/[?&]id=/);

    // The altered router reads the new key; the model's own still reads `id`, so the request is a List there.
    expect(createOperationRouter(altered)("GET", splitRawUrl(url)!, [])).toMatchObject({
      operation: "GetBucketInventoryConfiguration",
      input: { Id: "r1" },
    });
    expect(createOperationRouter(S3_OPERATIONS)("GET", splitRawUrl(url)!, []).operation).toBe(
      "ListBucketInventoryConfigurations",
    );

    expect(reproduceOperation(settings, get, { Bucket: "src", Id: "r1" })).toBe(
      "aws s3api get-bucket-inventory-configuration-v2 --bucket 'src' --config-id 'r1' --region 'us-east-1' --endpoint-url 'http://127.0.0.1:4566'",
    );
    expect(
      describeOperationRequest(altered.PutBucketInventoryConfiguration, {
        Bucket: "src",
        Id: "r1",
        InventoryConfiguration: {},
      }),
    ).toBe("PutBucketInventoryConfiguration Bucket=src Id=r1");
  });
});
