// The runner against endpoints that are broken by definition, as a vendor's CI runs it: the built CLI in a
// child process, bounded in time and memory whatever the endpoint does, and no secret in anything it writes.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_ACCOUNT_ID } from "@s3-inventory/mock";
import { afterAll, describe, expect, it } from "vitest";
import { type HostileMode, startHostileServer } from "./support/hostile-server.js";

const BIN = fileURLToPath(new URL("../bin/s3-inventory-conformance.js", import.meta.url));
const PEAK_RSS = fileURLToPath(new URL("./support/report-peak-rss.mjs", import.meta.url));
const SECRETS = {
  AWS_ACCESS_KEY_ID: "AKIAHOSTILETEST00001",
  AWS_SECRET_ACCESS_KEY: "hostile/secret/key/never/printed/EXAMPLE",
  AWS_SESSION_TOKEN: "hostile-session-token-never-printed-0123456789",
};
// Four cases, one lane each: through our client (list, get, put) and one raw GET.
const CASES = "^(list-empty|get-missing-configuration|put-status-204|get-response-document-shape)$";
const BOUNDS = { requestMs: 1500, caseMs: 4000, cleanupMs: 3000, cases: 4, concurrency: 4 };
// The run's stated bound (conformance/README.md, "Bounds"): R + ceil(N / C) x (T + K) after start-up. The
// cases' part, ceil(N / C) x (T + K), is checked against the run's own clock (results.json `durationMs`):
// loading Node and the modules is outside the bound and takes seconds on a loaded machine.
const casesBoundMs = (bounds: typeof BOUNDS): number =>
  Math.ceil(bounds.cases / bounds.concurrency) * (bounds.caseMs + bounds.cleanupMs);
const CAP_DECIDES = { requestMs: 30_000, caseMs: 40_000 };
const CAPPED = /answer larger than 8388608 bytes|Response body over 4194304 bytes/;
const MAX_RSS_KIB = 250 * 1024;

const root = mkdtempSync(join(tmpdir(), "conformance-hostile-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  reports: Record<string, string>;
  peak: { maxRssKib: number; uptimeMs: number };
  /** Milliseconds from the signal to the exit, when one was sent. */
  afterSignalMs?: number;
}

let runs = 0;
function runCli(
  url: string,
  bounds: typeof BOUNDS,
  extra: string[] = [],
  options: { signalWhen?: () => boolean } = {},
): Promise<ChildRun> {
  runs += 1;
  const outputDir = join(root, `run-${runs}`);
  const peakFile = join(root, `peak-${runs}.json`);
  const child = spawn(
    process.execPath,
    [
      "--import",
      PEAK_RSS,
      BIN,
      "--endpoint",
      url,
      "--account-id",
      DEFAULT_ACCOUNT_ID,
      "--grep",
      CASES,
      "--concurrency",
      String(bounds.concurrency),
      "--request-timeout",
      String(bounds.requestMs),
      "--timeout",
      String(bounds.caseMs),
      "--cleanup-timeout",
      String(bounds.cleanupMs),
      "--reporter",
      "json,junit,markdown",
      "--output-dir",
      outputDir,
      "--no-color",
      ...extra,
    ],
    {
      env: {
        PATH: process.env.PATH ?? "",
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
        PEAK_RSS_FILE: peakFile,
        ...SECRETS,
      },
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  let signalledAt: number | undefined;
  const poll = options.signalWhen
    ? setInterval(() => {
        if (signalledAt === undefined && options.signalWhen?.()) {
          signalledAt = performance.now();
          child.kill("SIGTERM");
        }
      }, 50)
    : undefined;
  return new Promise((resolve) => {
    child.on("exit", (code) => {
      const exitedAt = performance.now();
      clearInterval(poll);
      const reports = existsSync(outputDir)
        ? Object.fromEntries(
            readdirSync(outputDir).map((name) => [name, readFileSync(join(outputDir, name), "utf8")]),
          )
        : {};
      resolve({
        code,
        stdout,
        stderr,
        reports,
        peak: JSON.parse(readFileSync(peakFile, "utf8")),
        ...(signalledAt === undefined ? {} : { afterSignalMs: Math.round(exitedAt - signalledAt) }),
      });
    });
  });
}

function expectNoSecret(run: ChildRun): void {
  const everything = [run.stdout, run.stderr, ...Object.values(run.reports)].join("\n");
  for (const secret of Object.values(SECRETS)) expect(everything).not.toContain(secret);
  expect(everything).not.toMatch(/Signature=[0-9a-f]{16}/);
}

function runDurationMs(run: ChildRun): number {
  return (JSON.parse(run.reports["results.json"] ?? "{}") as { durationMs: number }).durationMs;
}

function caseStatuses(run: ChildRun): Array<[string, string, string]> {
  const report = JSON.parse(run.reports["results.json"] ?? "{}") as {
    cases: Array<{ id: string; status: string; reason?: string }>;
  };
  return report.cases.map((c) => [c.id, c.status, c.reason ?? ""]);
}

// Measured numbers, printed for the record (the assertions are below each run).
const measured: string[] = [];
afterAll(() => console.log(`hostile endpoints (peak RSS, uptime):\n${measured.join("\n")}`));

describe("the runner against a hostile endpoint ends in bounded time and memory", () => {
  // Silent or trickling endpoints meet the request deadline; endless and huge bodies meet a size cap (with a
  // deadline long enough that only a cap can stop them, however loaded the machine): the run's 8 MiB on raw
  // requests, our client's own 4 MiB (the XML reader's limit, below the run's) on its operations.
  it.each([
    ["trickle", {}, /no complete answer within 1500 ms/],
    ["never", {}, /no complete answer within 1500 ms/],
    ["silence", {}, /no complete answer within 1500 ms/],
    ["endless", CAP_DECIDES, CAPPED],
    ["huge", CAP_DECIDES, CAPPED],
  ] as Array<[HostileMode, Partial<typeof BOUNDS>, RegExp]>)(
    "%s: every case is an error saying why, exit 1, within the stated bound",
    async (mode, overrides, reason) => {
      const bounds = { ...BOUNDS, ...overrides };
      const server = await startHostileServer(mode);
      try {
        const run = await runCli(server.url, bounds);
        measured.push(
          `  ${mode}: ${Math.round(run.peak.maxRssKib / 1024)} MiB, cases ${runDurationMs(run)} ms, process ${run.peak.uptimeMs} ms`,
        );
        expect(run.code, run.stderr).toBe(1);
        const statuses = caseStatuses(run);
        expect(statuses).toHaveLength(bounds.cases);
        for (const [id, status, why] of statuses) {
          expect([id, status]).toEqual([id, "error"]);
          expect(why).toMatch(reason);
        }
        expect(server.hostileRequests()).toBeGreaterThanOrEqual(bounds.cases);
        expect(run.peak.maxRssKib).toBeLessThan(MAX_RSS_KIB);
        expect(runDurationMs(run)).toBeLessThanOrEqual(casesBoundMs(bounds));
        expectNoSecret(run);
      } finally {
        await server.close();
      }
    },
    120_000,
  );

  it("the same through @aws-sdk/client-s3: an endless body is cut at the cap", async () => {
    const server = await startHostileServer("endless");
    try {
      const run = await runCli(server.url, { ...BOUNDS, ...CAP_DECIDES }, ["--client", "sdk"]);
      measured.push(`  endless (sdk): ${Math.round(run.peak.maxRssKib / 1024)} MiB, ${run.peak.uptimeMs} ms`);
      expect(run.code, run.stderr).toBe(1);
      for (const [, status, why] of caseStatuses(run)) {
        expect(status).toBe("error");
        expect(why).toMatch(/answer larger than 8388608 bytes/);
      }
      expect(run.peak.maxRssKib).toBeLessThan(MAX_RSS_KIB);
      expectNoSecret(run);
    } finally {
      await server.close();
    }
  }, 120_000);
});

describe("no secret reaches stdout, stderr or a report when the endpoint echoes them", () => {
  it("in the cases' error messages", async () => {
    const server = await startHostileServer("echo");
    try {
      const run = await runCli(server.url, BOUNDS);
      expect(run.code).toBe(1);
      // The echo did reach the reports (redacted), so the check below is not vacuous.
      expect(run.reports["results.json"]).toContain("You sent [REDACTED]");
      expectNoSecret(run);
    } finally {
      await server.close();
    }
  }, 120_000);

  it("in the preflight's exit-2 line", async () => {
    const server = await startHostileServer("echo-preflight");
    try {
      const run = await runCli(server.url, BOUNDS);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/refused the credentials: SignatureDoesNotMatch \(You sent \[REDACTED\]/);
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expectNoSecret(run);
    } finally {
      await server.close();
    }
  }, 120_000);
});

describe("SIGTERM against an endpoint that trickles and never answers a cleanup", () => {
  it("exits within 5 s, writes every report, and lists what it could not clean up", async () => {
    const server = await startHostileServer("trickle", { hangDeletes: true });
    try {
      // A request timeout far past 5 s: only the interrupt's own bounds can end this run in time.
      const slow = { ...BOUNDS, requestMs: 20_000, caseMs: 40_000, cleanupMs: 20_000 };
      const run = await runCli(server.url, slow, [], { signalWhen: () => server.hostileRequests() >= 1 });
      measured.push(`  SIGTERM: exit ${run.afterSignalMs} ms after the signal`);
      expect(run.code).toBe(1);
      expect(run.afterSignalMs).toBeLessThan(5000);
      expect(Object.keys(run.reports).sort()).toEqual(["junit.xml", "results.json", "summary.md"]);
      const report = JSON.parse(run.reports["results.json"] ?? "{}") as {
        interrupted: boolean;
        cases: Array<{ status: string; cleanup: { status: string; message?: string } }>;
      };
      expect(report.interrupted).toBe(true);
      const leftBehind = report.cases.filter((c) => c.cleanup.message?.includes("not cleaned up"));
      expect(leftBehind.length).toBeGreaterThan(0);
      for (const c of leftBehind) {
        expect(c.cleanup).toMatchObject({
          status: "failed",
          message: expect.stringMatching(/not cleaned up \(the run was interrupted.*\): bucket s3inv-/),
        });
      }
      expectNoSecret(run);
    } finally {
      await server.close();
    }
  }, 120_000);
});
