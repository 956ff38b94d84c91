// `evidence DIR` on recordings made against the mock, then doctored: one that confirms (its origin rewritten
// to S3's), one that contradicts an inference, one that contradicts a documented fact, one from a non-AWS host.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evidenceCommand } from "../src/evidence/evidence-command.js";
import type { RecordedStep, RecordingMeta } from "../src/record/recorded-step.js";
import { runQuietly } from "./support/run-quietly.js";

const CASES = "^(id-64-characters-accepted|put-status-204|get-missing-configuration)$";
let root: string;
let original: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "conformance-evidence-"));
  original = join(root, "original");
  const outcome = await runQuietly(["--grep", CASES, "--record", original, "--no-color"]);
  expect(outcome.exitCode).toBe(0);
}, 60_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

// A copy of the recording, with its metadata and steps rewritten.
async function doctored(
  name: string,
  change: { meta?: (meta: RecordingMeta) => RecordingMeta; step?: (step: RecordedStep) => RecordedStep },
): Promise<string> {
  const directory = join(root, name);
  await cp(original, directory, { recursive: true });
  const meta = JSON.parse(await readFile(join(directory, "run.json"), "utf8")) as RecordingMeta;
  await writeFile(join(directory, "run.json"), JSON.stringify((change.meta ?? ((m) => m))(meta)));
  const steps = (await readFile(join(directory, "steps.jsonl"), "utf8")).trim().split("\n");
  const rewritten = steps.map((line) => JSON.stringify((change.step ?? ((s) => s))(JSON.parse(line))));
  await writeFile(join(directory, "steps.jsonl"), `${rewritten.join("\n")}\n`);
  return directory;
}

// As if recorded from S3 itself: --target aws, S3's regional host, every request sent there.
const S3 = "https://s3.us-east-1.amazonaws.com";
const asAws = (meta: RecordingMeta): RecordingMeta => ({
  ...meta,
  target: "aws",
  endpoint: S3,
  endpointHost: "s3.us-east-1.amazonaws.com",
});
const toS3 = (step: RecordedStep): RecordedStep => ({
  ...step,
  exchanges: step.exchanges.map((e) => ({
    ...e,
    request: { ...e.request, url: `${S3}${e.request.path}?${e.request.query}` },
  })),
});

async function evidence(directory: string) {
  let output = "";
  const code = await evidenceCommand([directory], (text) => (output += text));
  return { code, output };
}

describe("evidence DIR", () => {
  it("promotes the confirmed inferences of an AWS recording to ledger entries of kind recorded, for review", async () => {
    const directory = await doctored("confirms", { meta: asAws, step: toS3 });
    const { code, output } = await evidence(directory);
    expect(code).toBe(0);
    expect(output).toContain(
      "documented facts contradicted (the case's evidence says otherwise: look here first): 0",
    );
    expect(output).toContain("inferences contradicted: 0");
    expect(output).toMatch(
      /inferences confirmed: 2\n {2}id-64-characters-accepted step 1 "[^"]+" \(PUT \?inventory\): answered 204\n {4}evidence: rests on an inference: evidence:id-max-length-64\n/,
    );
    expect(output).toContain("documented facts held: 2 step(s)");
    const written = JSON.parse(await readFile(join(directory, "recorded-evidence.json"), "utf8"));
    expect(written.entries.map((e: { id: string }) => e.id)).toEqual([
      "recorded-id-64-characters-accepted-step-1",
      "recorded-id-64-characters-accepted-step-2",
    ]);
    expect(written.entries[0]).toMatchObject({
      kind: "recorded",
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(written.entries[0].notes).toContain("against s3.us-east-1.amazonaws.com");
  });

  it("shows an inference contradicted, with the diff", async () => {
    const directory = await doctored("contradicts-inference", {
      meta: asAws,
      step: (step) =>
        toS3(
          step.case === "id-64-characters-accepted" && step.step === 1
            ? {
                ...step,
                response: { status: 400, headers: {}, error: { code: "InvalidArgument", fields: {} } },
              }
            : step,
        ),
    });
    const { code, output } = await evidence(directory);
    expect(output).toMatch(
      /inferences contradicted: 1\n {2}id-64-characters-accepted step 1 "[^"]+" \(PUT \?inventory\): answered 400 InvalidArgument\n {4}evidence: .*\n {4}- error: expected "success", got "400 InvalidArgument/,
    );
    expect(code).toBe(0);
  });

  it("puts a documented fact contradicted first, and exits 1", async () => {
    const directory = await doctored("contradicts-documented", {
      meta: asAws,
      step: (step) =>
        toS3(
          step.case === "put-status-204" ? { ...step, response: { ...step.response, status: 200 } } : step,
        ),
    });
    const { code, output } = await evidence(directory);
    expect(code).toBe(1);
    expect(output).toMatch(
      /look here first\): 1\n {2}put-status-204 step 1 "[^"]+" \(PUT \?inventory\): answered 200\n {4}evidence: .*\n {4}- status: expected 204, got 200\n/,
    );
  });

  it("refuses to promote a recording of a non-AWS host, saying why, and writes nothing", async () => {
    const { code, output } = await evidence(original);
    expect(code).toBe(1);
    expect(output).toMatch(
      /not promoted to evidence: it was made against http:\/\/127\.0\.0\.1:\d+, which is not an AWS S3 endpoint/,
    );
    await expect(readFile(join(original, "recorded-evidence.json"))).rejects.toThrow();
    // Claiming AWS in run.json is not enough: the requests themselves went to 127.0.0.1.
    const claimed = await doctored("claims-aws", { meta: asAws });
    expect((await evidence(claimed)).output).toMatch(
      /not promoted to evidence: a request went to http:\/\/127\.0\.0\.1:\d+, which is not an AWS S3 endpoint/,
    );
  });
});
