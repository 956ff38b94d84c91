// READMEs that run as printed: every shell block runs, every TypeScript block type-checks (and a
// `ts run` block also runs against a mock). A block that cannot run here says why in its info string
// (```sh no-run REASON), and its test is skipped under that reason.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  isShell,
  isTypeScript,
  READMES,
  REPOSITORY,
  type ReadmeBlock,
  readmeBlocks,
} from "./support/readme-blocks.js";
import { createReadmeSandbox, SANDBOX_COMPILER_OPTIONS } from "./support/readme-sandbox.js";

const blocks = READMES.flatMap(readmeBlocks);
const MOCK_BIN = join(REPOSITORY, "packages/mock/bin/s3-inventory-mock.js");
const TSC = join(REPOSITORY, "node_modules/.bin/tsc");
const GUARD_MS = 240_000; // a hang guard, never a speed requirement

let sandbox: ReturnType<typeof createReadmeSandbox>;
beforeAll(() => {
  sandbox = createReadmeSandbox();
});
afterAll(() => rmSync(sandbox.root, { recursive: true, force: true }));

const started = new Set<ChildProcess>();
afterAll(() => {
  for (const child of started) if (child.pid) process.kill(-child.pid, "SIGKILL");
});

/** Runs a command in its own process group (so every process it starts can be stopped), collecting output. */
function run(command: string, args: string[], env: Record<string, string>, cwd = sandbox.root) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  started.add(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on("exit", (code) => {
      // Whatever the block left in the background (a mock started with `&`) goes with it.
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {}
      started.delete(child);
      resolve({ code, output });
    }),
  );
  return { child, exited, output: () => output };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A mock on `port`, for blocks that talk to "the mock on 4566" the section before started. */
async function startMock(port: number): Promise<() => void> {
  const mock = run(
    process.execPath,
    [MOCK_BIN, "--port", String(port), "--bucket", "amzn-s3-demo-bucket"],
    sandbox.env,
  );
  while (!mock.output().includes("listening on")) {
    const exited = await Promise.race([mock.exited, new Promise((resolve) => setTimeout(resolve, 50))]);
    if (exited) throw new Error(`the mock did not start: ${mock.output()}`);
  }
  return () => mock.child.pid && process.kill(-mock.child.pid, "SIGKILL");
}

const startsMock = (block: ReadmeBlock) => /s3-inventory-mock\b(?!.*--help)/.test(block.code);
const usesMockPort = (block: ReadmeBlock) => block.code.includes("4566");
const title = (block: ReadmeBlock) =>
  block.mode === "no-run" ? `${block.where} (not run here: ${block.reason})` : block.where;

describe("every README's mode marks are explained", () => {
  it.each(blocks.filter((block) => block.mode === "no-run").map((block) => [block.where, block]))(
    "%s says why it cannot run",
    (_where, block) => expect(block.reason, `${block.where}: write the reason after no-run`).not.toBe(""),
  );
});

describe("shell blocks run as printed (port 4566 becomes a free port)", () => {
  for (const block of blocks.filter(isShell)) {
    const test = block.mode === "no-run" ? it.skip : it;
    test(title(block), { timeout: GUARD_MS }, async () => {
      const port = await freePort();
      const stopMock = usesMockPort(block) && !startsMock(block) ? await startMock(port) : undefined;
      try {
        const script = block.code.replaceAll("4566", String(port));
        const result = await run("bash", ["-e", "-o", "pipefail", "-c", script], sandbox.env).exited;
        expect(result.code, `${block.where} failed:\n${result.output}`).toBe(0);
      } finally {
        stopMock?.();
      }
    });
  }
});

describe("TypeScript blocks type-check, and `ts run` blocks run against a mock", () => {
  const typescript = blocks.filter(isTypeScript);
  const fileOf = (index: number) => `block-${index}.ts`;
  let diagnostics = "";

  beforeAll(async () => {
    const directory = join(sandbox.root, "ts");
    mkdirSync(directory);
    typescript.forEach((block, index) => {
      const source = `// ${block.where}\n${block.prelude}\n${block.code}\nexport {};\n`;
      writeFileSync(join(directory, fileOf(index)), source);
    });
    const compilerOptions = { ...SANDBOX_COMPILER_OPTIONS, outDir: "out" };
    writeFileSync(join(directory, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["*.ts"] }));
    writeFileSync(join(directory, "package.json"), JSON.stringify({ type: "module" }));
    diagnostics = (await run(TSC, ["-p", "."], sandbox.env, directory).exited).output;
  }, GUARD_MS);

  typescript.forEach((block, index) => {
    const test = block.mode === "no-run" ? it.skip : it;
    test(title(block), { timeout: GUARD_MS }, async () => {
      const errors = diagnostics.split("\n").filter((line) => line.startsWith(fileOf(index)));
      expect(errors, `${block.where} does not type-check`).toEqual([]);
      if (block.mode !== "run") return;
      const port = await freePort();
      const stopMock = await startMock(port);
      try {
        const env = {
          ...sandbox.env,
          AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}`,
          AWS_ACCESS_KEY_ID: "test",
          AWS_SECRET_ACCESS_KEY: "test",
        };
        const script = join(sandbox.root, "ts", "out", fileOf(index).replace(/\.ts$/, ".js"));
        readFileSync(script); // emitted
        const result = await run(process.execPath, [script], env).exited;
        expect(result.code, `${block.where} failed against the mock:\n${result.output}`).toBe(0);
      } finally {
        stopMock();
      }
    });
  });
});
