import { describe, expect, it } from "vitest";
import { inventoryXml, send } from "../../../test/support/engine-requests.js";
import { createInventoryMockEngine } from "../inventory-mock-engine.js";
import type { StateMutation } from "../state/state-mutation.js";

const json = (text: string) => JSON.parse(text) as Record<string, unknown>;

describe("the control endpoints under /_s3-inventory/", () => {
  it("health reports version, uptime, counts, persistence and auth mode, with no credentials", async () => {
    let clock = 1_000_000;
    const engine = createInventoryMockEngine({ buckets: ["src", "other"], now: () => clock });
    await send(engine, "PUT", "/src/?id=r1&inventory=", { body: inventoryXml("r1") });
    clock += 2_500;
    const health = await send(engine, "GET", "/_s3-inventory/health", { headers: { authorization: "" } });
    expect([health.status, health.headers["content-type"]]).toEqual([200, "application/json"]);
    expect(json(health.text)).toEqual({
      status: "ok",
      service: "s3-inventory-mock",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      uptimeSeconds: 2.5,
      buckets: 2,
      configurations: 1,
      persistence: false,
      auth: "lenient",
    });
  });

  it("reset returns to the initial buckets and records the reset before them in the journal", async () => {
    const recorded: StateMutation[] = [];
    const engine = createInventoryMockEngine({
      buckets: ["src"],
      journal: { record: async (mutation) => void recorded.push(mutation) },
    });
    await send(engine, "PUT", "/src/?id=r1&inventory=", { body: inventoryXml("r1") });
    await send(engine, "PUT", "/made-later", {});
    recorded.length = 0;
    const reset = await send(engine, "POST", "/_s3-inventory/reset");
    expect([reset.status, json(reset.text)]).toEqual([
      200,
      { status: "reset", buckets: 1, configurations: 0 },
    ]);
    expect(recorded.map((mutation) => mutation.type)).toEqual(["reset", "createBucket"]);
    expect((await send(engine, "GET", "/src/?id=r1&inventory=")).status).toBe(404);
    expect((await send(engine, "HEAD", "/made-later")).status).toBe(404);
    const health = json((await send(engine, "GET", "/_s3-inventory/health")).text);
    expect(health).toMatchObject({ buckets: 1, configurations: 0, persistence: true });
  });

  it("a reset racing writes leaves memory as a replay of the journal would rebuild it", async () => {
    const recorded: StateMutation[] = [];
    const pending: (() => void)[] = [];
    // A journal that makes each record durable only when the test says so, in order.
    const journal = {
      record: (mutation: StateMutation) =>
        new Promise<void>((resolve) => {
          recorded.push(mutation);
          pending.push(resolve);
        }),
    };
    const engine = createInventoryMockEngine({ buckets: ["src"], journal, now: () => 0 });
    while (pending.length > 0) pending.shift()?.();
    await engine.ready;
    const before = send(engine, "PUT", "/src/?id=before&inventory=", { body: inventoryXml("before") });
    const reset = send(engine, "POST", "/_s3-inventory/reset");
    const after = send(engine, "PUT", "/src/?id=after&inventory=", { body: inventoryXml("after") });
    await new Promise((resolve) => setTimeout(resolve, 0));
    while (pending.length > 0) pending.shift()?.();
    expect((await Promise.all([before, reset, after])).map((answer) => answer.status)).toEqual([
      204, 200, 204,
    ]);
    const replayed = createInventoryMockEngine({ restore: recorded });
    const live = json((await send(engine, "GET", "/_s3-inventory/state")).text);
    expect(live).toEqual(json((await send(replayed, "GET", "/_s3-inventory/state")).text));
    expect(JSON.stringify(live)).not.toContain('"before"');
    expect(JSON.stringify(live)).toContain('"after"');
  });

  it("state dumps buckets and configurations in the SDK's shape", async () => {
    const engine = createInventoryMockEngine({ buckets: ["src"], now: () => Date.UTC(2026, 0, 1) });
    await send(engine, "PUT", "/src/?id=r1&inventory=", { body: inventoryXml("r1") });
    const state = await send(engine, "GET", "/_s3-inventory/state");
    expect(json(state.text)).toEqual({
      buckets: [
        {
          name: "src",
          owner: "123456789012",
          region: "us-east-1",
          createdAt: "2026-01-01T00:00:00.000Z",
          configurations: [expect.objectContaining({ Id: "r1", IsEnabled: true })],
        },
      ],
    });
  });

  it("strict mode: health stays open, reset and state need a valid signature", async () => {
    const engine = createInventoryMockEngine({
      buckets: ["src"],
      auth: "strict",
      credentials: [{ accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" }],
    });
    expect((await send(engine, "GET", "/_s3-inventory/health")).status).toBe(200);
    for (const [method, path] of [
      ["POST", "/_s3-inventory/reset"],
      ["GET", "/_s3-inventory/state"],
    ] as const) {
      const refused = await send(engine, method, path);
      expect(refused.status).toBe(403);
      expect(json(refused.text)).toMatchObject({
        error: "InvalidAccessKeyId",
        message: expect.stringContaining("needs a request SigV4-signed with one of the --credentials keys"),
      });
    }
  });

  it("answers a wrong method with 405 and Allow, an unknown name with 404", async () => {
    const engine = createInventoryMockEngine();
    const wrong = await send(engine, "GET", "/_s3-inventory/reset");
    expect([wrong.status, wrong.headers["allow"]]).toEqual([405, "POST"]);
    const unknown = await send(engine, "GET", "/_s3-inventory/nope");
    expect([unknown.status, json(unknown.text).error]).toEqual([404, "NotFound"]);
  });

  it("leaves S3's answer for the same path on a virtual-hosted bucket or an amazonaws.com host", async () => {
    const engine = createInventoryMockEngine({ buckets: ["src"] });
    const objectKey = await send(engine, "GET", "/_s3-inventory/health", { host: "src.localhost:4566" });
    expect([objectKey.status, objectKey.headers["content-type"]]).toEqual([501, "application/xml"]);
    const aws = await send(engine, "GET", "/_s3-inventory/health", { host: "s3.us-east-1.amazonaws.com" });
    expect(aws.headers["content-type"]).toBe("application/xml");
  });
});
