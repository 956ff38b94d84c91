import { isDirectoryBucketName, parseXml } from "@s3-inventory/model";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { errorCode, inventoryXml, lenientAuth, send } from "../../test/support/engine-requests.js";
import { createInventoryMockEngine } from "./inventory-mock-engine.js";

const ids = (text: string) =>
  parseXml(text)
    .children.filter((child) => child.name === "InventoryConfiguration")
    .map((child) => child.children.find((member) => member.name === "Id")?.text);

describe("inventory operations", () => {
  it("answers Put 204, Get 200 with the document, Delete 204, then 404 (evidence:put-answers-204, evidence:delete-answers-204)", async () => {
    const engine = createInventoryMockEngine({ buckets: ["src"] });
    const put = await send(engine, "PUT", "/src/?id=r1&inventory=", { body: inventoryXml("r1") });
    expect(put.status).toBe(204);
    expect(put.body).toBeUndefined();
    const get = await send(engine, "GET", "/src/?id=r1&inventory=&x-id=GetBucketInventoryConfiguration");
    expect(get.status).toBe(200);
    expect(get.headers["content-type"]).toBe("application/xml");
    expect(get.text).toContain("<Id>r1</Id>");
    expect(get.text).not.toContain("<Filter>");
    expect((await send(engine, "DELETE", "/src/?id=r1&inventory=")).status).toBe(204);
    const gone = await send(engine, "GET", "/src/?id=r1&inventory=");
    expect([gone.status, errorCode(gone.text)]).toEqual([404, "NoSuchConfiguration"]);
    const again = await send(engine, "DELETE", "/src/?id=r1&inventory=");
    expect([again.status, errorCode(again.text)]).toEqual([404, "NoSuchConfiguration"]);
  });

  it("applies the model's directory-bucket OptionalFields rule to `--x-s3` buckets only", async () => {
    const directory = "demo--usw2-az1--x-s3";
    const engine = createInventoryMockEngine({ buckets: ["src", directory] });
    const withField = (id: string, field: string) =>
      inventoryXml(id).replace(
        "</Schedule>",
        `</Schedule><OptionalFields><Field>${field}</Field></OptionalFields>`,
      );
    const refused = await send(engine, "PUT", `/${directory}/?id=r1&inventory=`, {
      body: withField("r1", "ReplicationStatus"),
    });
    expect([refused.status, errorCode(refused.text)]).toEqual([400, "MalformedXML"]);
    const allowed = await send(engine, "PUT", `/${directory}/?id=r2&inventory=`, {
      body: withField("r2", "Size"),
    });
    expect(allowed.status).toBe(204);
    const general = await send(engine, "PUT", "/src/?id=r1&inventory=", {
      body: withField("r1", "ReplicationStatus"),
    });
    expect(general.status).toBe(204);
  });

  it("puts x-amz-request-id and x-amz-id-2 on every answer, and never an <Error> in a 2xx", async () => {
    const engine = createInventoryMockEngine({ buckets: ["src"] });
    const answers = await Promise.all([
      send(engine, "PUT", "/src/?id=r1&inventory=", { body: inventoryXml("r1") }),
      send(engine, "GET", "/src/?inventory"),
      send(engine, "GET", "/nope/?inventory"),
      send(engine, "GET", "/src/?acl"),
      send(engine, "HEAD", "/src"),
      send(engine, "HEAD", "/nope"),
    ]);
    const requestIds = new Set<string>();
    for (const answer of answers) {
      expect(answer.headers["x-amz-request-id"]).toMatch(/^[0-9A-F]{16}$/);
      expect(answer.headers["x-amz-id-2"]).toMatch(/^[A-Za-z0-9+/]{75}=$/);
      expect(Buffer.from(answer.headers["x-amz-id-2"] ?? "", "base64")).toHaveLength(56);
      requestIds.add(answer.headers["x-amz-request-id"] ?? "");
      if (answer.status < 300) expect(answer.text).not.toContain("<Error");
      else if (answer.body) expect(answer.headers["content-type"]).toBe("application/xml");
    }
    expect(requestIds.size).toBe(answers.length);
    expect(answers.map((answer) => answer.status)).toEqual([204, 200, 404, 501, 200, 404]);
    expect(answers[5]?.body).toBeUndefined();
  });

  it("overwrites in place and lists by Id in byte order, 100 per page, with tokens", async () => {
    const engine = createInventoryMockEngine({ buckets: ["src"] });
    const all = Array.from({ length: 205 }, (_, i) => `id-${String(i).padStart(3, "0")}`).reverse();
    for (const id of all) await send(engine, "PUT", `/src/?id=${id}&inventory=`, { body: inventoryXml(id) });
    await send(engine, "PUT", "/src/?id=id-000&inventory=", {
      body: inventoryXml("id-000", { format: "ORC" }),
    });
    const seen: string[] = [];
    let token: string | undefined;
    const pages: number[] = [];
    do {
      const query = token ? `continuation-token=${encodeURIComponent(token)}&inventory=` : "inventory=";
      const page = await send(engine, "GET", `/src/?${query}`);
      expect(page.status).toBe(200);
      const root = parseXml(page.text);
      const field = (name: string) => root.children.find((child) => child.name === name)?.text;
      if (token) expect(field("ContinuationToken")).toBe(token);
      else expect(field("ContinuationToken")).toBeUndefined();
      pages.push(ids(page.text).length);
      seen.push(...(ids(page.text) as string[]));
      token = field("NextContinuationToken");
      expect(field("IsTruncated")).toBe(token ? "true" : "false");
    } while (token);
    expect(pages).toEqual([100, 100, 5]);
    expect(seen).toEqual([...all].sort());
    const first = await send(engine, "GET", "/src/?id=id-000&inventory=");
    expect(first.text).toContain("<Format>ORC</Format>");
  });

  it("lists an empty bucket with no <InventoryConfiguration> at all (evidence:list-after-last-delete-is-empty)", async () => {
    const engine = createInventoryMockEngine({ buckets: ["src"] });
    const list = await send(engine, "GET", "/src/?inventory");
    expect(list.text).toContain("<IsTruncated>false</IsTruncated>");
    expect(list.text).not.toContain("<InventoryConfiguration>");
  });

  it("refuses a continuation token it did not issue", async () => {
    const engine = createInventoryMockEngine({ buckets: ["src"] });
    const list = await send(engine, "GET", "/src/?continuation-token=tok0&inventory=");
    expect([list.status, errorCode(list.text)]).toEqual([400, "InvalidArgument"]);
    expect(list.text).toContain("<Message>The continuation token provided is incorrect</Message>");
    expect(list.text).toContain("<ArgumentName>continuation-token</ArgumentName>");
    expect(list.text).not.toContain("<ArgumentValue>");
    const deleteAll = await send(engine, "DELETE", "/src/?inventory=");
    expect([deleteAll.status, errorCode(deleteAll.text)]).toEqual([400, "InvalidArgument"]);
    expect(deleteAll.text).toContain("<Message>Missing required parameter: id</Message>");
  });

  it("leaves validation to the model: MalformedXML, IdMismatch, InvalidS3DestinationBucket", async () => {
    const engine = createInventoryMockEngine({ buckets: ["src"] });
    const cases = [
      [inventoryXml("r1", { format: "WRONG-FORMAT" }), "MalformedXML"],
      [inventoryXml("other"), "IdMismatch"],
      [inventoryXml("r1", { bucket: "dest" }), "InvalidS3DestinationBucket"],
      ["<InventoryConfiguration><Id>r1", "MalformedXML"],
    ] as const;
    for (const [body, code] of cases) {
      const answer = await send(engine, "PUT", "/src/?id=r1&inventory=", { body });
      expect([answer.status, errorCode(answer.text)]).toEqual([400, code]);
    }
    expect(ids((await send(engine, "GET", "/src/?inventory")).text)).toEqual([]);
  });

  it("keeps 1,000 per bucket under 100 concurrent new Puts, and still allows overwrites", async () => {
    const engine = createInventoryMockEngine({ buckets: ["src"] });
    for (let i = 0; i < 950; i++)
      await send(engine, "PUT", `/src/?id=old-${i}&inventory=`, { body: inventoryXml(`old-${i}`) });
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        send(engine, "PUT", `/src/?id=new-${i}&inventory=`, { body: inventoryXml(`new-${i}`) }),
      ),
    );
    expect(answers.filter((answer) => answer.status === 204)).toHaveLength(50);
    const refused = answers.filter((answer) => answer.status === 400);
    expect(refused).toHaveLength(50);
    for (const answer of refused) expect(errorCode(answer.text)).toBe("TooManyConfigurations");
    const overwrite = await send(engine, "PUT", "/src/?id=old-1&inventory=", { body: inventoryXml("old-1") });
    expect(overwrite.status).toBe(204);
  });
});

describe("buckets and accounts", () => {
  it("refuses an initial bucket when CreateBucket would answer InvalidBucketName, directory buckets aside (property)", async () => {
    const name = fc.oneof(fc.string({ maxLength: 70 }), fc.stringMatching(/^[a-z0-9._A-Z-]{1,66}$/));
    await fc.assert(
      fc.asyncProperty(name, async (bucket) => {
        const created = await send(createInventoryMockEngine(), "PUT", `/${encodeURIComponent(bucket)}/`);
        const refusedByCreateBucket = errorCode(created.text) === "InvalidBucketName";
        let thrown: unknown;
        try {
          createInventoryMockEngine({ buckets: [{ name: bucket }] });
        } catch (error) {
          thrown = error;
        }
        if (created.status === 200) expect(thrown).toBeUndefined();
        if (refusedByCreateBucket && !isDirectoryBucketName(bucket)) {
          expect(thrown).toBeInstanceOf(TypeError);
          expect((thrown as Error).message).toContain(`initial bucket name ${JSON.stringify(bucket)}`);
        }
      }),
      { numRuns: 200 },
    );
    expect(() => createInventoryMockEngine({ buckets: ["Bad_Name"] })).toThrow(
      /^createInventoryMockEngine: initial bucket name "Bad_Name" breaks S3's naming rules: only lower-case/,
    );
  });

  it("creates, heads, lists and deletes buckets; deleting takes the configurations with it", async () => {
    const engine = createInventoryMockEngine();
    const create = await send(engine, "PUT", "/src/", {
      body: "<CreateBucketConfiguration><LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>",
    });
    expect([create.status, create.headers["location"]]).toEqual([200, "/src"]);
    const head = await send(engine, "HEAD", "/src");
    expect(head.headers["x-amz-bucket-region"]).toBe("eu-west-1");
    expect(errorCode((await send(engine, "PUT", "/src/")).text)).toBe("BucketAlreadyOwnedByYou");
    expect(errorCode((await send(engine, "PUT", "/Bad_Name/")).text)).toBe("InvalidBucketName");
    const badRegion = await send(engine, "PUT", "/other/", {
      body: "<CreateBucketConfiguration><LocationConstraint>mars&#10;1</LocationConstraint></CreateBucketConfiguration>",
    });
    expect([badRegion.status, errorCode(badRegion.text)]).toEqual([400, "InvalidLocationConstraint"]);
    // EU is eu-west-1's legacy LocationConstraint; `--x-s3` names belong to directory buckets, which
    // a general purpose CreateBucket refuses (both rules from the model).
    await send(engine, "PUT", "/legacy-eu/", {
      body: "<CreateBucketConfiguration><LocationConstraint>EU</LocationConstraint></CreateBucketConfiguration>",
    });
    expect((await send(engine, "HEAD", "/legacy-eu")).headers["x-amz-bucket-region"]).toBe("eu-west-1");
    expect(errorCode((await send(engine, "PUT", "/demo--usw2-az1--x-s3/")).text)).toBe("InvalidBucketName");
    const wrongRoot = await send(engine, "PUT", "/other/", { body: "<Configuration/>" });
    expect(errorCode(wrongRoot.text)).toBe("MalformedXML");
    await send(engine, "PUT", "/src/?id=r1&inventory=", { body: inventoryXml("r1") });
    expect((await send(engine, "GET", "/")).text).toContain("<Name>src</Name>");
    expect((await send(engine, "DELETE", "/src/")).status).toBe(204);
    expect(errorCode((await send(engine, "GET", "/src/?inventory")).text)).toBe("NoSuchBucket");
    await send(engine, "PUT", "/src/");
    expect(ids((await send(engine, "GET", "/src/?inventory")).text)).toEqual([]);
  });

  it("maps access keys to accounts by the documented rule and denies other accounts' buckets", async () => {
    const engine = createInventoryMockEngine({
      credentials: [{ accessKeyId: "AKIAALICE", secretAccessKey: "s", accountId: "111111111111" }],
    });
    const alice = { headers: lenientAuth("AKIAALICE") };
    const bob = { headers: lenientAuth("222222222222") };
    expect((await send(engine, "PUT", "/alice-bucket/", alice)).status).toBe(200);
    expect(errorCode((await send(engine, "GET", "/alice-bucket/?inventory", bob)).text)).toBe("AccessDenied");
    expect(errorCode((await send(engine, "PUT", "/alice-bucket/", bob)).text)).toBe("BucketAlreadyExists");
    expect((await send(engine, "GET", "/", bob)).text).not.toContain("alice-bucket");
    const owner = (value: string) => ({
      headers: { ...lenientAuth("AKIAALICE"), "x-amz-expected-bucket-owner": value },
    });
    expect((await send(engine, "GET", "/alice-bucket/?inventory", owner("111111111111"))).status).toBe(200);
    expect(
      errorCode((await send(engine, "GET", "/alice-bucket/?inventory", owner("123456789012"))).text),
    ).toBe("AccessDenied");
    const invalid = await send(engine, "GET", "/alice-bucket/?inventory", owner("invalid"));
    expect([invalid.status, errorCode(invalid.text)]).toEqual([400, "InvalidBucketOwnerAWSAccountID"]);
    expect(invalid.text).toContain("[invalid]");
    // Any other key is the default account, 123456789012 (the seed's examples).
    expect((await send(engine, "PUT", "/default-bucket/")).status).toBe(200);
    expect((await send(engine, "HEAD", "/default-bucket", owner("123456789012"))).status).toBe(403);
  });

  it("denies anonymous requests", async () => {
    const engine = createInventoryMockEngine({ buckets: ["src"] });
    const answer = await engine.handle({
      method: "GET",
      url: "http://h/src/?inventory",
      headers: {},
      body: undefined,
    });
    expect(answer.status).toBe(403);
    expect(new TextDecoder().decode(answer.body)).toContain("<Code>AccessDenied</Code>");
  });

  it("keeps two engines apart", async () => {
    const one = createInventoryMockEngine({ buckets: ["src"] });
    const two = createInventoryMockEngine({ buckets: ["src"] });
    await send(one, "PUT", "/src/?id=r1&inventory=", { body: inventoryXml("r1") });
    expect((await send(two, "GET", "/src/?id=r1&inventory=")).status).toBe(404);
    await one.reset();
    expect((await send(one, "GET", "/src/?id=r1&inventory=")).status).toBe(404);
  });
});

describe("hostile input and injected faults", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("answers S3 errors for oversize bodies and headers and bad URIs", async () => {
    const engine = createInventoryMockEngine({ buckets: ["src"], maxBodyBytes: 1000 });
    const big = await send(engine, "PUT", "/src/?id=r1&inventory=", { body: "x".repeat(1001) });
    expect([big.status, errorCode(big.text)]).toEqual([400, "MaxMessageLengthExceeded"]);
    const headers = await send(engine, "GET", "/src/?inventory", {
      headers: { "x-big": "y".repeat(20_000) },
    });
    expect(errorCode(headers.text)).toBe("RequestHeaderSectionTooLarge");
    const uri = await send(engine, "GET", "/src/?inventory&id=%E0%A4%A");
    expect([uri.status, errorCode(uri.text)]).toEqual([400, "InvalidURI"]);
  });

  it("holds each answer for the configured latency, fixed or drawn from the range", async () => {
    vi.useFakeTimers();
    const engine = createInventoryMockEngine({
      buckets: ["src"],
      latency: { minMs: 10, maxMs: 30 },
      random: () => 0.5,
    });
    let answered = false;
    const pending = send(engine, "GET", "/src/?inventory").then((answer) => {
      answered = true;
      return answer;
    });
    await vi.advanceTimersByTimeAsync(19);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(answered).toBe(true);
    expect((await pending).status).toBe(200);
  });

  it("answers InternalError or SlowDown for the configured share of requests", async () => {
    let draw = 0;
    const sequence = [0.1, 0.2, 0.9, 0.5, 0.7];
    const engine = createInventoryMockEngine({
      buckets: ["src"],
      faults: { rate: 0.5 },
      random: () => sequence[draw++ % sequence.length] ?? 0,
    });
    const first = await send(engine, "GET", "/src/?inventory"); // 0.1 < 0.5: fault, code by 0.2 -> InternalError
    expect([first.status, errorCode(first.text)]).toEqual([500, "InternalError"]);
    const second = await send(engine, "GET", "/src/?inventory"); // 0.9: no fault
    expect(second.status).toBe(200);
    const third = await send(engine, "GET", "/src/?inventory"); // 0.5: no fault (rate is exclusive)
    expect(third.status).toBe(200);
    const onlySlowDown = createInventoryMockEngine({
      buckets: ["src"],
      faults: { rate: 1, codes: ["SlowDown"] },
    });
    const slow = await send(onlySlowDown, "GET", "/src/?inventory");
    expect([slow.status, errorCode(slow.text)]).toEqual([503, "SlowDown"]);
  });
});

describe("any input (property)", () => {
  const knownCodes =
    /^(MissingRequestBodyError|MalformedXML|IdMismatch|InvalidS3DestinationBucket|InvalidURI|NotImplemented|InvalidArgument|NoSuchConfiguration|NoSuchBucket|MaxMessageLengthExceeded|TooManyConfigurations)$/;

  it("answers any Put body with 204 or an S3 error document, never a throw", async () => {
    const engine = createInventoryMockEngine({ buckets: ["src"], maxBodyBytes: 4096 });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          fc.string({ maxLength: 300 }).map((text) => new TextEncoder().encode(text)),
          fc
            .constantFrom(...["r1", "a b", "x".repeat(70)])
            .map((id) => new TextEncoder().encode(inventoryXml(id))),
        ),
        async (body) => {
          const answer = await send(engine, "PUT", "/src/?id=r1&inventory=", { body });
          if (answer.status === 204) return;
          expect(answer.status).toBe(400);
          expect(answer.headers["content-type"]).toBe("application/xml");
          expect(errorCode(answer.text)).toMatch(knownCodes);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("answers any path and query with an S3 status, never a throw", async () => {
    const engine = createInventoryMockEngine({ buckets: ["src"] });
    const segment = fc.stringMatching(/^[a-zA-Z0-9%._~=&?+-]{0,20}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("GET", "PUT", "DELETE", "HEAD", "POST"),
        segment,
        segment,
        async (method, path, query) => {
          const answer = await send(engine, method, `/${path}?${query}`);
          expect(answer.status).toBeGreaterThanOrEqual(200);
          expect(answer.status).toBeLessThan(600);
          expect(answer.headers["x-amz-request-id"]).toBeTruthy();
          if (answer.status >= 300 && method !== "HEAD") expect(errorCode(answer.text)).toBeTruthy();
          if (answer.status < 300) expect(answer.text).not.toContain("<Error");
        },
      ),
      { numRuns: 300 },
    );
  });
});
