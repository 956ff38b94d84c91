import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { parse } from "yaml";

interface ActionStep {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
}

interface ActionFile {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: ActionStep[] };
}

/**
 * Runs a composite action's `run` steps locally as the runner would: inputs from the given values or their
 * defaults, `${{ … }}` expressions of the forms the action uses (inputs, github.action_path, step outputs
 * with `||`), step outputs read back from the `GITHUB_OUTPUT` file. `uses` steps (setup-node, upload-artifact)
 * are listed, not run. Returns the exit code of the last step run and the names of the skipped ones.
 *
 * @example
 * const { exitCode } = await runCompositeAction("action.yml", { endpoint: "" }, { GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: sum }, root);
 */
export async function runCompositeAction(
  actionFile: string,
  inputs: Record<string, string>,
  env: Record<string, string> & { GITHUB_OUTPUT: string },
  actionPath: string,
): Promise<{ exitCode: number; skipped: string[]; log: string }> {
  const action = parse(await readFile(actionFile, "utf8")) as ActionFile;
  if (action.runs.using !== "composite") throw new Error("not a composite action");
  const values = Object.fromEntries(
    Object.entries(action.inputs).map(([name, spec]) => [name, inputs[name] ?? spec.default ?? ""]),
  );
  const skipped: string[] = [];
  let exitCode = 0;
  let log = "";
  for (const step of action.runs.steps) {
    if (step.uses !== undefined) {
      skipped.push(step.uses);
      continue;
    }
    const outputs = await readOutputs(env.GITHUB_OUTPUT);
    const expand = (text: string): string =>
      text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_m, expression: string) =>
        evaluate(expression, values, outputs, actionPath),
      );
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v))]),
    );
    if (step.shell !== "bash") throw new Error(`step ${step.name}: only bash steps are run here`);
    const result = await bash(expand(step.run ?? ""), { ...env, ...stepEnv });
    log += result.output;
    exitCode = result.code;
    if (exitCode !== 0 && step.if !== "always()") break;
  }
  return { exitCode, skipped, log };
}

function evaluate(
  expression: string,
  inputs: Record<string, string>,
  outputs: Record<string, Record<string, string>>,
  actionPath: string,
): string {
  const alternatives = expression.split("||").map((part) => part.trim());
  for (const part of alternatives) {
    let value: string | undefined;
    const input = /^inputs\.([\w-]+)$/.exec(part);
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(part);
    if (input) value = inputs[input[1] as string];
    else if (output) value = outputs[output[1] as string]?.[output[2] as string];
    else if (part === "github.action_path") value = actionPath;
    else if (/^\d+$/.test(part)) value = part;
    else throw new Error(`unsupported expression: ${expression}`);
    if (value !== undefined && value !== "") return value;
  }
  return "";
}

// GITHUB_OUTPUT holds name=value lines; this harness gives every step the id "run" (the one step with outputs).
async function readOutputs(file: string): Promise<Record<string, Record<string, string>>> {
  const text = await readFile(file, "utf8").catch(() => "");
  const values = Object.fromEntries(
    text
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  return { run: values };
}

function bash(script: string, env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      "bash",
      ["-e", "-o", "pipefail", "-c", script],
      { env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env }, timeout: 180_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number((error as { code?: number }).code ?? 1) : 0,
          output: stdout + stderr,
        }),
    );
  });
}
