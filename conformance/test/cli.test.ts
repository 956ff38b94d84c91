// The CLI as users run it (a child process): exit codes, one-line messages, report files, no secrets.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createInventoryMockEngine, DEFAULT_ACCOUNT_ID } from "@s3-inventory/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notImplemented, withoutSts } from "./support/breakages.js";
import { serveEngine } from "./support/serve-engine.js";

const BIN = fileURLToPath(new URL("../bin/s3-inventory-conformance.js", import.meta.url));
const SECRET = "SECRETsecretSECRETsecret0123456789abcdef";
const TOKEN = "SESSIONTOKENsessiontoken0123456789";

function cli(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...argv],
      {
        env: {
          PATH: process.env.PATH ?? "",
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
          ...env,
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

let outputDir: string;
beforeAll(async () => {
  outputDir = await mkdtemp(join(tmpdir(), "conformance-cli-"));
});
afterAll(async () => {
  await rm(outputDir, { recursive: true, force: true });
});

describe("s3-inventory-conformance", () => {
  it.each([
    [["--nope"], /Unknown option '--nope'/],
    [["--tag", "no-such-tag"], /no case has the tag "no-such-tag"/],
    [["--grep", "zzz-no-case"], /the selection matches no case/],
    [["--endpoint", "http://127.0.0.1:1", "--concurrency", "x"], /--concurrency must be a whole number/],
    [["--endpoint", "http://127.0.0.1:1"], /no AWS credentials found/],
    [["--endpoint", "http://127.0.0.1:1", "--profile", "none"], /no credentials found for profile none/],
  ])("%j: exit 2 with one line on stderr", async (argv, message) => {
    const { code, stderr } = await cli(argv, { HOME: outputDir });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("--profile next to AWS_ACCESS_KEY_ID: the profile is used and only one line reaches stderr", async () => {
    const home = await mkdtemp(join(tmpdir(), "conformance-profile-"));
    try {
      await mkdir(join(home, ".aws"));
      await writeFile(
        join(home, ".aws", "credentials"),
        "[ci]\naws_access_key_id = AKIAPROFILEKEY\naws_secret_access_key = profile-secret\n",
      );
      const { code, stderr } = await cli(["--endpoint", "http://127.0.0.1:1", "--profile", "ci"], {
        HOME: home,
        AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
        AWS_SECRET_ACCESS_KEY: SECRET,
      });
      expect(code).toBe(2);
      expect(stderr).toMatch(/^s3-inventory-conformance: cannot reach endpoint/);
      expect(stderr).not.toMatch(/Multiple credential sources/);
      expect(stderr.trim().split("\n")).toHaveLength(1);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });

  it("a required case skipped for want of --account-id fails the run unless --allow-skipped", async () => {
    const engine = createInventoryMockEngine({});
    // An endpoint that does not answer STS GetCallerIdentity, so the account id stays unknown.
    const server = await serveEngine(withoutSts((request) => engine.handle(request)));
    const keys = { AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE", AWS_SECRET_ACCESS_KEY: SECRET };
    // round-trip-sse-kms is here to show it no longer needs the account id.
    const selection = ["--grep", "^(expected-bucket-owner-match|round-trip-sse-kms)$", "--no-color"];
    try {
      const strict = await cli(["--endpoint", server.url, ...selection], keys);
      expect(strict.code).toBe(1);
      expect(strict.stdout).toMatch(
        /not certified: every required case that ran passed, but 1 required case\(s\) skipped: expected-bucket-owner-match \(needs the caller's account id, which was not discovered: pass --account-id\).*--allow-skipped/,
      );
      expect(strict.stdout).toContain(
        "note: the caller's account id is unknown (the endpoint does not answer STS GetCallerIdentity): pass --account-id with your 12-digit id to run the 1 case(s) that need it\n",
      );
      const allowed = await cli(["--endpoint", server.url, ...selection, "--allow-skipped"], keys);
      expect(allowed.code).toBe(0);
      expect(allowed.stdout).toMatch(
        /partial: 2 of \d+ cases selected \(--grep .*\); every selected required case passed \(1 required case\(s\) skipped: expected-bucket-owner-match/,
      );
      expect(allowed.stdout).toMatch(/\] ✓ round-trip-sse-kms/);
    } finally {
      await server.close();
    }
  });

  it("--cases with a folder holding no case files says so (exit 2), not that the selection is empty", async () => {
    const empty = await mkdtemp(join(tmpdir(), "conformance-no-cases-"));
    try {
      const { code, stderr } = await cli(["--cases", empty]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/--cases .* holds no case files/);
      expect(stderr).not.toMatch(/selection/);
      expect(stderr.trim().split("\n")).toHaveLength(1);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it("an unreachable endpoint is one configuration error, not a run of errors", async () => {
    const { code, stderr } = await cli(["--endpoint", "http://127.0.0.1:1"], {
      AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
      AWS_SECRET_ACCESS_KEY: SECRET,
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^s3-inventory-conformance: cannot reach endpoint http:\/\/127.0.0.1:1: .*ECONNREFUSED/,
    );
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("--help and --list exit 0", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--endpoint URL");
    const list = await cli(["--list", "--tag", "slow"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("limit-1000-then-too-many-configurations");
  });

  it("writes json, junit and markdown reports, with not-implemented never hidden and no secret anywhere", async () => {
    const engine = createInventoryMockEngine({});
    const server = await serveEngine(notImplemented(engine));
    try {
      const run = await cli(
        [
          "--endpoint",
          server.url,
          "--account-id",
          DEFAULT_ACCOUNT_ID,
          "--grep",
          "^(put-status-204|list-empty)$",
          "--reporter",
          "json,junit",
          "--reporter",
          "markdown",
          "--output-dir",
          outputDir,
        ],
        {
          AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
          AWS_SECRET_ACCESS_KEY: SECRET,
          AWS_SESSION_TOKEN: TOKEN,
        },
      );
      expect(run.code).toBe(1);
      expect((await readdir(outputDir)).sort()).toEqual(["junit.xml", "results.json", "summary.md"]);
      const results = JSON.parse(await readFile(join(outputDir, "results.json"), "utf8"));
      expect(results.runner.name).toBe("@s3-inventory/conformance");
      expect(results.fixtureSet.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(results.cases.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
        ["list-empty", "not-implemented"],
        ["put-status-204", "not-implemented"],
      ]);
      expect(results.cases[0]).toHaveProperty("durationMs");
      expect(results.cases[0]).toHaveProperty("failures");
      const junit = await readFile(join(outputDir, "junit.xml"), "utf8");
      expect(junit).toContain('<failure type="not-implemented"');
      const outputs = [
        run.stdout,
        run.stderr,
        JSON.stringify(results),
        junit,
        await readFile(join(outputDir, "summary.md"), "utf8"),
      ];
      for (const output of outputs) {
        expect(output).not.toContain(SECRET);
        expect(output).not.toContain(TOKEN);
        expect(output).not.toMatch(/Signature=[0-9a-f]{16}/);
      }
    } finally {
      await server.close();
    }
  });
});
