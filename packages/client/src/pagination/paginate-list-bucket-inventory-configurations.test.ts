import { describe, expect, test } from "vitest";
import { CaptureHandler, type CannedResponse } from "../../test/support/capture-handler.js";
import { clientOver } from "../../test/support/clients.js";
import type { S3InventoryClient } from "../s3-inventory-client.js";
import { paginateListBucketInventoryConfigurations } from "./paginate-list-bucket-inventory-configurations.js";

const config = (id: string) =>
  `<InventoryConfiguration><Destination><S3BucketDestination><Bucket>arn:aws:s3:::d</Bucket><Format>CSV</Format></S3BucketDestination></Destination><IsEnabled>true</IsEnabled><Id>${id}</Id><IncludedObjectVersions>All</IncludedObjectVersions><Schedule><Frequency>Daily</Frequency></Schedule></InventoryConfiguration>`;

const page = (ids: string[], next?: string): CannedResponse => ({
  statusCode: 200,
  body: `<?xml version="1.0" encoding="UTF-8"?>\n<ListInventoryConfigurationsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${ids.map(config).join("")}<IsTruncated>${next !== undefined}</IsTruncated>${next === undefined ? "" : `<NextContinuationToken>${next}</NextContinuationToken>`}</ListInventoryConfigurationsResult>`,
});

function clientAnswering(...pages: CannedResponse[]) {
  const handler = new CaptureHandler(...pages);
  return {
    handler,
    client: clientOver(handler),
  };
}

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const p of pages) all.push(p);
  return all;
}

describe("paginateListBucketInventoryConfigurations", () => {
  test("follows NextContinuationToken until S3 stops sending one", async () => {
    const { client, handler } = clientAnswering(page(["a", "b"], "t/1+="), page(["c"], "t2"), page(["d"]));
    const pages = await collect(paginateListBucketInventoryConfigurations({ client }, { Bucket: "src" }));
    expect(pages.map((p) => p.InventoryConfigurationList?.map((c) => c.Id))).toEqual([
      ["a", "b"],
      ["c"],
      ["d"],
    ]);
    expect(handler.requests.map((r) => r.query["continuation-token"])).toEqual([undefined, "t/1+=", "t2"]);
    expect(pages.every((p) => p.$metadata.httpStatusCode === 200)).toBe(true);
  });

  test("an empty bucket is one page without InventoryConfigurationList", async () => {
    const { client } = clientAnswering(page([]));
    const pages = await collect(paginateListBucketInventoryConfigurations({ client }, { Bucket: "src" }));
    expect(pages).toHaveLength(1);
    expect(pages[0]).not.toHaveProperty("InventoryConfigurationList");
  });

  test("starts from startingToken, else from the input's ContinuationToken", async () => {
    const { client, handler } = clientAnswering(page(["z"]));
    await collect(
      paginateListBucketInventoryConfigurations(
        { client, startingToken: "from-config" },
        { Bucket: "src", ContinuationToken: "from-input" },
      ),
    );
    await collect(
      paginateListBucketInventoryConfigurations(
        { client },
        { Bucket: "src", ContinuationToken: "from-input" },
      ),
    );
    expect(handler.requests.map((r) => r.query["continuation-token"])).toEqual(["from-config", "from-input"]);
  });

  test("with stopOnSameToken, stops when S3 returns the token it was sent", async () => {
    const { client, handler } = clientAnswering(page(["a"], "loop"), page(["a"], "loop"), page(["never"]));
    const pages = await collect(
      paginateListBucketInventoryConfigurations({ client, stopOnSameToken: true }, { Bucket: "src" }),
    );
    expect(pages).toHaveLength(2);
    expect(handler.requests).toHaveLength(2);
  });

  test("rejects a client that is not an S3InventoryClient", async () => {
    const pages = paginateListBucketInventoryConfigurations(
      { client: {} as S3InventoryClient },
      { Bucket: "src" },
    );
    await expect(pages.next()).rejects.toThrow("Invalid client, expected an S3InventoryClient");
  });

  test("a failed page ends the iteration with that page's error", async () => {
    const { client } = clientAnswering(page(["a"], "t"), {
      statusCode: 404,
      body: "<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message></Error>",
    });
    const seen: string[] = [];
    const iterate = async () => {
      for await (const p of paginateListBucketInventoryConfigurations({ client }, { Bucket: "src" })) {
        seen.push(...(p.InventoryConfigurationList ?? []).map((c) => c.Id ?? ""));
      }
    };
    await expect(iterate()).rejects.toMatchObject({ name: "NoSuchBucket" });
    expect(seen).toEqual(["a"]);
  });
});
