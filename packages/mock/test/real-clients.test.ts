import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { SEED_EXAMPLE_1 } from "@s3-inventory/model/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AwsCli, findAwsClis } from "./support/aws-clis.js";
import { killStartedBins, type RunningBin, runBin, startBin } from "./support/spawn-mock.js";

const execFileAsync = promisify(execFile);
const home = mkdtempSync(join(tmpdir(), "s3-inventory-mock-home-"));
// Python never writes bytecode next to the sources it imports (the resolver shim is tracked), and any
// cache it does write goes to this temp dir: a test run leaves the work tree as it found it.
const pythonEnv = { PYTHONDONTWRITEBYTECODE: "1", PYTHONPYCACHEPREFIX: join(home, "pycache") };
const hasBoto3 =
  spawnSync("python3", ["-c", "import boto3"], { env: { ...process.env, ...pythonEnv } }).status === 0;
// A clean environment: no user profile, fixed test credentials, no retries hiding an error.
const env = {
  PATH: process.env["PATH"] ?? "",
  HOME: home,
  ...pythonEnv,
  AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
  AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  AWS_DEFAULT_REGION: "us-east-1",
  AWS_CONFIG_FILE: join(home, "config"),
  AWS_SHARED_CREDENTIALS_FILE: join(home, "credentials"),
  AWS_MAX_ATTEMPTS: "1",
};

// One AWS CLI or Python process: a guard against a hang, not a speed check. A CLI call takes about
// a second on an idle machine and several on a loaded one; a whole test gets one guard per process it
// starts (plus one for the bins), so its timeout grows with its work, never with the machine's speed.
const PROCESS_GUARD_MS = 60_000;
const guardFor = (processes: number) => (processes + 1) * PROCESS_GUARD_MS;

function run(file: string, args: readonly string[], options: { env: Record<string, string> }) {
  return execFileAsync(file, args, { ...options, timeout: PROCESS_GUARD_MS, killSignal: "SIGKILL" });
}

let lenient: RunningBin;
beforeAll(async () => {
  lenient = await startBin(["--port", "0", "--bucket", "amzn-s3-demo-bucket"]);
});
afterAll(() => {
  killStartedBins();
  rmSync(home, { recursive: true, force: true });
});

const GET_1 = [
  "s3api",
  "get-bucket-inventory-configuration",
  "--bucket",
  "amzn-s3-demo-bucket",
  "--id",
  "1",
] as const;
const LIST = ["s3api", "list-bucket-inventory-configurations", "--bucket", "amzn-s3-demo-bucket"] as const;

const SEED_EXAMPLES = [
  [
    "1",
    '{"Destination": { "S3BucketDestination": { "AccountId": "123456789012", "Bucket": "arn:aws:s3:::amzn-s3-demo-bucket", "Format": "ORC" }}, "IsEnabled": true, "Id": "1", "IncludedObjectVersions": "Current", "Schedule": { "Frequency": "Weekly" }}',
  ],
  [
    "2",
    '{"Destination": { "S3BucketDestination": { "AccountId": "123456789012", "Bucket": "arn:aws:s3:::amzn-s3-demo-bucket", "Format": "CSV" }}, "IsEnabled": true, "Id": "2", "IncludedObjectVersions": "Current", "Schedule": { "Frequency": "Daily" }}',
  ],
] as const;

type Style = "path" | "virtual";
const clis = findAwsClis();
const resolverDir = fileURLToPath(new URL("./support/localhost-resolver", import.meta.url));
const runs = clis.flatMap((cli) =>
  (["path", "virtual"] as const).map((style) => [cli.version, style, cli] as const),
);

// One AWS CLI, one addressing style, against its own bin holding the examples' bucket. The style is set
// the way a user sets it: `s3 = addressing_style = ...` in the CLI's config file.
async function cliSession(cli: AwsCli, style: Style) {
  const bin = await startBin(["--port", "0", "--bucket", "amzn-s3-demo-bucket"]);
  const configFile = join(home, `config-${cli.major}-${style}`);
  writeFileSync(configFile, `[default]\ns3 =\n    addressing_style = ${style}\n`);
  // Virtual-hosted needs a name with subdomains: `localhost`, whose `{bucket}.localhost` the
  // resolver shim sends to the loopback (it does not resolve on this machine by itself).
  const endpoint = style === "path" ? bin.url : bin.url.replace("127.0.0.1", "localhost");
  const cliEnv = {
    ...env,
    AWS_CONFIG_FILE: configFile,
    AWS_PAGER: "",
    ...(style === "virtual" ? { PYTHONPATH: resolverDir } : {}),
  };
  return {
    port: new URL(bin.url).port,
    async aws(...args: string[]): Promise<string> {
      const { stdout } = await run(cli.path, [...args, "--endpoint-url", endpoint], { env: cliEnv });
      return stdout;
    },
    /** The URLs the CLI sent (from its --debug log). */
    async requestUrls(...args: string[]): Promise<string[]> {
      const { stderr } = await run(cli.path, [...args, "--endpoint-url", endpoint, "--debug"], {
        env: cliEnv,
      });
      return [...stderr.matchAll(/'url': '([^']+)'/g)].map((match) => match[1] ?? "");
    },
  };
}

// put, put, get, list, delete, list, get (missing), list --debug.
const CLI_CALLS_PER_SESSION = 8;

describe.skipIf(clis.length === 0)(
  "the seed's AWS CLI examples against the bin, with every AWS CLI found (skipped only when none is installed)",
  () => {
    it.each(runs)(
      "%s, %s-style: examples 1 and 2 exactly as printed, then get, list and delete",
      async (_version, style, cli) => {
        const { aws, requestUrls, port } = await cliSession(cli, style);
        // Examples 1 and 2, as printed on the AWS CLI reference page (evidence:seed-example-1, evidence:seed-example-2), plus --endpoint-url.
        for (const [id, json] of SEED_EXAMPLES) {
          const printed = [
            "s3api",
            "put-bucket-inventory-configuration",
            "--bucket",
            "amzn-s3-demo-bucket",
            "--id",
            id,
          ];
          expect(await aws(...printed, "--inventory-configuration", json)).toBe(""); // "This command produces no output."
        }
        const got = JSON.parse(await aws(...GET_1));
        expect(got).toEqual({ InventoryConfiguration: SEED_EXAMPLE_1.configuration });
        const listed = JSON.parse(await aws(...LIST));
        expect(listed.IsTruncated).toBe(false);
        expect(
          listed.InventoryConfigurationList.map(
            (c: { Id: string; Destination: { S3BucketDestination: { Format: string } } }) => [
              c.Id,
              c.Destination.S3BucketDestination.Format,
            ],
          ),
        ).toEqual([
          ["1", "ORC"],
          ["2", "CSV"],
        ]);
        expect(
          await aws(
            "s3api",
            "delete-bucket-inventory-configuration",
            "--bucket",
            "amzn-s3-demo-bucket",
            "--id",
            "1",
          ),
        ).toBe("");
        const after = JSON.parse(await aws(...LIST));
        expect(after.InventoryConfigurationList.map((c: { Id: string }) => c.Id)).toEqual(["2"]);
        const missing = await aws(...GET_1).catch((error: { stderr: string; code: number }) => error);
        // AWS CLI v1 exits 255 on a service error, v2 exits 254.
        expect((missing as { code: number }).code).toBe(cli.major === 1 ? 255 : 254);
        // v2 names the retries it made (none: AWS_MAX_ATTEMPTS=1) before S3's message.
        expect((missing as { stderr: string }).stderr).toMatch(
          /An error occurred \(NoSuchConfiguration\) when calling the GetBucketInventoryConfiguration operation( \(reached max retries: 0\))?: The specified configuration does not exist\./,
        );
        // The addressing style the CLI really used.
        const urls = await requestUrls(...LIST);
        expect(urls.length).toBeGreaterThan(0);
        for (const url of urls) {
          expect(new URL(url).host).toBe(
            style === "path" ? `127.0.0.1:${port}` : `amzn-s3-demo-bucket.localhost:${port}`,
          );
        }
      },
      guardFor(CLI_CALLS_PER_SESSION),
    );
  },
);

describe.skipIf(!hasBoto3)("boto3 against the bin (skipped only when boto3 is not installed)", () => {
  it(
    "round-trips in both addressing styles, and presigns in strict mode",
    async () => {
      const strict = await startBin([
        "--port",
        "0",
        "--strict",
        "--credentials",
        `${env.AWS_ACCESS_KEY_ID}:${env.AWS_SECRET_ACCESS_KEY}`,
      ]);
      const script = fileURLToPath(new URL("./support/boto3-scenario.py", import.meta.url));
      const { stdout } = await run(
        "python3",
        [script, lenient.url, strict.url, env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY],
        { env: { ...env, PYTHONPATH: resolverDir } },
      );
      const result = JSON.parse(stdout);
      const port = new URL(lenient.url).port;
      for (const [style, host] of [
        ["path", `127.0.0.1:${port}`],
        ["virtual", `boto-virtual.localhost:${port}`],
      ]) {
        expect(result[style as string], style).toEqual({
          putStatus: 204,
          roundTrip: true,
          listedIds: ["boto-1"],
          isTruncated: false,
          deleteStatus: 204,
          afterDelete: ["NoSuchConfiguration", 404],
          hosts: style === "path" ? [host] : expect.arrayContaining([host]),
        });
      }
      expect(result.presigned).toEqual({ status: 200, hasId: true });
      expect(result.wrongSecret).toBe("SignatureDoesNotMatch");
    },
    guardFor(1),
  );
});

describe("the s3-inventory-mock command line", () => {
  it("prints help and version, exits 0", async () => {
    const help = await runBin(["--help"]);
    expect([help.code, help.stdout]).toEqual([0, expect.stringContaining("Usage: s3-inventory-mock")]);
    const version = await runBin(["--version"]);
    expect([version.code, version.stdout]).toEqual([0, expect.stringMatching(/^\d+\.\d+\.\d+\n$/)]);
  });

  it.each([
    [["--port", "abc"], /--port must be an integer/],
    [["--port", "70000"], /--port must be an integer/],
    [["--frobnicate"], /Unknown option '--frobnicate'/],
    [["--strict"], /--strict needs at least one --credentials/],
    [["--credentials", "only-a-key"], /--credentials takes KEY:SECRET/],
    [["--latency", "fast"], /--latency takes MS or MIN-MAX/],
    [["--bucket", "b@notanaccount"], /--bucket takes NAME or NAME@ACCOUNT/],
    [["positional"], /Unexpected argument 'positional'/],
    [["--bucket", "Bad_Name"], /--bucket bucket name "Bad_Name" breaks S3's naming rules: only lower-case/],
    [["--credentials", "KEY:SECRET:12345"], /the account id must be 12 digits/],
    [
      ["--host", "999.1.1.1"],
      /--host "999\.1\.1\.1" is neither an IP address nor a name this machine resolves/,
    ],
    [["--data-dir", fileURLToPath(import.meta.url)], /--data-dir ".*" is not a directory/],
  ])("%j: one line on stderr, exit 2", async (args, message) => {
    const result = await runBin(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  // Node 20's recursive mkdir never returns under /proc: the command must answer instead of hanging.
  it.runIf(existsSync("/proc/self"))("refuses a --data-dir that cannot be created, exit 2", async () => {
    const result = await runBin(["--data-dir", "/proc/s3-inventory-mock-forbidden/data"]);
    expect([result.code, result.stderr]).toEqual([
      2,
      `s3-inventory-mock: --data-dir "/proc/s3-inventory-mock-forbidden/data" cannot be created there: choose a directory on a writable file system (see --help)\n`,
    ]);
  });

  it("never echoes a secret in an error", async () => {
    const result = await runBin(["--credentials", "AKIA:", "--strict"]);
    expect(result.code).toBe(2);
    const withSecret = await runBin(["--credentials", "AKIA:sekrit:12345", "--port", "x"]);
    expect(withSecret.stderr).not.toContain("sekrit");
  });

  it("says clearly when the port is in use, exit 1", async () => {
    const port = new URL(lenient.url).port;
    const result = await runBin(["--port", port]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `s3-inventory-mock: port ${port} on 127.0.0.1 is already in use: choose another with --port, or --port 0 for any free port\n`,
    );
  });

  it("shuts down cleanly on SIGINT and SIGTERM", async () => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      const bin = await startBin(["--port", "0"]);
      expect(bin.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      bin.child.kill(signal);
      const exit = await bin.exited;
      expect([exit.code, exit.stderr]).toEqual([0, ""]);
      expect(exit.stdout).toBe(`s3-inventory-mock listening on ${bin.url}\n`);
    }
  });
});
