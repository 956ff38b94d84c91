// The control endpoints as a Python or shell test suite uses them: curl and Python's urllib against the
// real bin, never Node's HTTP stack.
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { inventoryXml } from "./support/engine-requests.js";
import { killStartedBins, startBin } from "./support/spawn-mock.js";

const run = promisify(execFile);
const directories: string[] = [];
afterAll(() => {
  killStartedBins();
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

const hasBotocore = spawnSync("python3", ["-c", "import botocore"]).status === 0;
const env = { PATH: process.env["PATH"] ?? "", PYTHONDONTWRITEBYTECODE: "1", HOME: tmpdir() };
// curl signs with SigV4 itself; before curl 8 it leaves out x-amz-content-sha256, which S3 requires.
const SIGN = ["--aws-sigv4", "aws:amz:us-east-1:s3", "-H", "x-amz-content-sha256: UNSIGNED-PAYLOAD"];

async function curl(args: string[]): Promise<{ status: number; body: string }> {
  const { stdout } = await run("curl", ["-sS", "--max-time", "20", "-w", "\n%{http_code}", ...args], { env });
  const split = stdout.lastIndexOf("\n");
  return { status: Number(stdout.slice(split + 1)), body: stdout.slice(0, split) };
}

// Python's urllib; with `key`, the request is SigV4-signed by botocore, as a pytest suite would.
const PYTHON = `
import json, sys, urllib.request, urllib.error
method, url, key = sys.argv[1], sys.argv[2], sys.argv[3]
headers = {}
if key:
    from botocore.auth import S3SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials
    signed = AWSRequest(method=method, url=url, data=b"")
    S3SigV4Auth(Credentials(*key.split(":")), "s3", "us-east-1").add_auth(signed)
    headers = dict(signed.headers.items())
request = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None, headers=headers)
try:
    with urllib.request.urlopen(request, timeout=20) as response:
        print(json.dumps({"status": response.status, "body": json.load(response)}))
except urllib.error.HTTPError as error:
    print(json.dumps({"status": error.code, "body": json.load(error)}))
`;

async function python(
  method: string,
  url: string,
  key = "",
): Promise<{ status: number; body: Record<string, unknown> }> {
  const { stdout } = await run("python3", ["-c", PYTHON, method, url, key], { env });
  return JSON.parse(stdout) as { status: number; body: Record<string, unknown> };
}

describe("health, reset and state over HTTP", { timeout: 90_000 }, () => {
  it("curl and urllib: health counts, reset (journalled: it survives kill -9), state", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "s3-inventory-mock-control-"));
    directories.push(dataDir);
    const args = ["--port", "0", "--bucket", "src", "--data-dir", dataDir];
    const first = await startBin(args);
    const put = await curl([
      ...SIGN,
      "--user",
      "test:test",
      "-X",
      "PUT",
      "--data-binary",
      inventoryXml("r1"),
      `${first.url}/src/?id=r1&inventory=`,
    ]);
    expect(put.status).toBe(204);
    expect((await curl([...SIGN, "--user", "test:test", "-X", "PUT", `${first.url}/later`])).status).toBe(
      200,
    );

    const health = await curl([`${first.url}/_s3-inventory/health`]);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({
      buckets: 2,
      configurations: 1,
      persistence: true,
      auth: "lenient",
    });
    expect(await python("GET", `${first.url}/_s3-inventory/health`)).toMatchObject({
      status: 200,
      body: {
        status: "ok",
        version: expect.stringMatching(/^\d+\.\d+\.\d+/),
        uptimeSeconds: expect.any(Number),
      },
    });

    expect(await python("POST", `${first.url}/_s3-inventory/reset`)).toEqual({
      status: 200,
      body: { status: "reset", buckets: 1, configurations: 0 },
    });
    const state = await curl([`${first.url}/_s3-inventory/state`]);
    expect(JSON.parse(state.body)).toEqual({
      buckets: [
        {
          name: "src",
          owner: "123456789012",
          region: "us-east-1",
          createdAt: expect.any(String),
          configurations: [],
        },
      ],
    });

    // The reset was on disk before its 200: after kill -9, the restart shows the reset state.
    first.child.kill("SIGKILL");
    await first.exited;
    const second = await startBin(args);
    expect(JSON.parse((await curl([`${second.url}/_s3-inventory/health`])).body)).toMatchObject({
      buckets: 1,
      configurations: 0,
    });
    const reset = await curl(["-X", "POST", `${second.url}/_s3-inventory/reset`]);
    expect([reset.status, JSON.parse(reset.body)]).toEqual([
      200,
      { status: "reset", buckets: 1, configurations: 0 },
    ]);
    second.child.kill("SIGTERM");
    expect((await second.exited).code).toBe(0);
  });

  it("strict mode: reset needs a SigV4 signature by a --credentials key (curl --aws-sigv4)", async () => {
    const strict = await startBin(["--port", "0", "--strict", "--credentials", "AKIAEXAMPLE:s3cr3t"]);
    const reset = `${strict.url}/_s3-inventory/reset`;
    expect((await curl([`${strict.url}/_s3-inventory/health`])).status).toBe(200);
    const unsigned = await curl(["-X", "POST", reset]);
    expect([unsigned.status, JSON.parse(unsigned.body).error]).toEqual([403, "AccessDenied"]);
    const wrongSecret = await curl([...SIGN, "--user", "AKIAEXAMPLE:wrong", "-X", "POST", reset]);
    expect([wrongSecret.status, JSON.parse(wrongSecret.body).error]).toEqual([403, "SignatureDoesNotMatch"]);
    expect(wrongSecret.body).not.toContain("s3cr3t");
    const signed = await curl([...SIGN, "--user", "AKIAEXAMPLE:s3cr3t", "-X", "POST", reset]);
    expect(signed.status).toBe(200);
    expect((await python("POST", reset)).status).toBe(403);
    strict.child.kill("SIGTERM");
    await strict.exited;
  });

  it.runIf(hasBotocore)("strict mode: urllib with a botocore SigV4 signature may reset", async () => {
    const strict = await startBin(["--port", "0", "--strict", "--credentials", "AKIAEXAMPLE:s3cr3t"]);
    const reset = `${strict.url}/_s3-inventory/reset`;
    expect((await python("POST", reset, "AKIAEXAMPLE:wrong")).status).toBe(403);
    expect(await python("POST", reset, "AKIAEXAMPLE:s3cr3t")).toMatchObject({
      status: 200,
      body: { status: "reset" },
    });
    strict.child.kill("SIGTERM");
    await strict.exited;
  });
});
