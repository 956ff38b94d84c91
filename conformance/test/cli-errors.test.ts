// Errors that carry the fix, from both bins as a user runs them: one line on stderr, exit 2.
import { execFile, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const RUNNER = fileURLToPath(new URL("../bin/s3-inventory-conformance.js", import.meta.url));
const MOCK = fileURLToPath(new URL("../../packages/mock/bin/s3-inventory-mock.js", import.meta.url));
const env = {
  PATH: process.env["PATH"] ?? "",
  AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
  AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  NO_COLOR: "1",
};

async function failure(bin: string, args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, [bin, ...args], { env, timeout: 120_000 });
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
  throw new Error(`${args.join(" ")} succeeded`);
}

const mocks: { kill(): void }[] = [];
afterAll(() => {
  for (const mock of mocks) mock.kill();
});

describe("both bins", { timeout: 150_000 }, () => {
  it.each(
    (
      [
        [
          RUNNER,
          ["--endpiont", "http://127.0.0.1:1"],
          "s3-inventory-conformance: Unknown option '--endpiont': did you mean --endpoint? (see --help)",
        ],
        [
          MOCK,
          ["--prot", "4566"],
          "s3-inventory-mock: Unknown option '--prot': did you mean --port? (see --help)",
        ],
        [
          RUNNER,
          ["--concurrency", "-1"],
          "s3-inventory-conformance: --concurrency must be a whole number from 1 to 64 (got -1)",
        ],
        [
          MOCK,
          ["--port", "-1"],
          's3-inventory-mock: --port must be an integer from 0 to 65535 (0 for any free port), got "-1" (see --help)',
        ],
        [
          RUNNER,
          ["--grep", "delete-statsu-204"],
          "s3-inventory-conformance: --grep delete-statsu-204 matches no case; nearest ids: delete-status-204 (see --list)",
        ],
      ] as [string, string[], string][]
    ).map(([bin, args, message]) => [args, bin, message] as const),
  )("%j says what to do, exit 2", async (args, bin, message) => {
    expect(await failure(bin, args)).toEqual({ code: 2, stderr: `${message}\n` });
  });

  it("https:// to the plain-HTTP mock says exactly that, and which URL to use", async () => {
    const mock = spawn(process.execPath, [MOCK, "--port", "0"], { stdio: ["ignore", "pipe", "ignore"] });
    mocks.push(mock);
    const url = await new Promise<string>((resolve) => {
      let out = "";
      mock.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
    });
    const plain = new URL(url);
    const { code, stderr } = await failure(RUNNER, [
      "--endpoint",
      `https://${plain.host}`,
      "--account-id",
      "123456789012",
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(`https://${plain.host} answers plain HTTP, not TLS: use http://${plain.host}`);
    expect(stderr).not.toContain("ssl3_get_record");
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});
