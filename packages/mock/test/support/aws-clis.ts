// Every AWS CLI on this machine: the one on PATH and Debian's /usr/bin/aws (the `awscli` package,
// v2), each once, with the version it reports.
import { spawnSync } from "node:child_process";

export interface AwsCli {
  /** Absolute path of the executable. */
  path: string;
  /** First word of `aws --version`, e.g. `aws-cli/2.9.19`. */
  version: string;
  major: number;
}

function probe(path: string): AwsCli | undefined {
  const result = spawnSync(path, ["--version"], { encoding: "utf8", env: { ...process.env, AWS_PAGER: "" } });
  if (result.status !== 0) return undefined;
  const version = /aws-cli\/(\d+)\.[\w.]+/.exec(`${result.stdout}${result.stderr}`);
  return version ? { path, version: version[0], major: Number(version[1]) } : undefined;
}

/** The distinct AWS CLIs found (one per version), v1 and v2 alike; empty when none is installed. */
export function findAwsClis(): AwsCli[] {
  const onPath = spawnSync("sh", ["-c", "command -v aws"], { encoding: "utf8" }).stdout.trim();
  const found: AwsCli[] = [];
  for (const candidate of [onPath, "/usr/bin/aws"]) {
    const cli = candidate === "" ? undefined : probe(candidate);
    // When PATH leads to /usr/bin/aws itself, it is one CLI, listed once.
    if (cli && !found.some((other) => other.version === cli.version)) found.push(cli);
  }
  return found;
}
