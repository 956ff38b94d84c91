// Runs the real `s3-inventory-mock` bin (built dist) as a child process.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../bin/s3-inventory-mock.js", import.meta.url));

export interface RunningBin {
  url: string;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

const running = new Set<ChildProcess>();

/** Kills (SIGKILL) every bin a test started and did not stop: call it in `afterAll`/`afterEach`. */
export function killStartedBins(): void {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
}

/** Starts the bin and waits for its "listening on" line (rejects if it exits first). */
export function startBin(args: readonly string[]): Promise<RunningBin> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  child.on("exit", () => running.delete(child));
  let stdout = "";
  let stderr = "";
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })));
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^s3-inventory-mock listening on (http:\/\/\S+)\n/.exec(stdout);
      if (match?.[1]) resolve({ url: match[1], child, exited });
    });
    void exited.then(({ code }) => reject(new Error(`bin exited with ${code} before listening: ${stderr}`)));
  });
}

/** Runs the bin to completion (for --help, bad flags...). */
export function runBin(
  args: readonly string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}
