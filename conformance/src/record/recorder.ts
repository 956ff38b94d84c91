import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ConfigurationError, describeFileSystemError, isFileSystemError } from "@s3-inventory/cli-kit";
import type { Redactor } from "../reporters/secret-redactor.js";
import type { RecordedStep, RecordingMeta } from "./recorded-step.js";

/**
 * Writes a recording (`--record DIR`): `run.json` (the run's metadata) and `steps.jsonl` (one `RecordedStep`
 * per line, written as each step ends, so memory stays bounded). Everything passes the reports' redactor.
 *
 * @internal
 */
export interface Recorder {
  step(line: RecordedStep): void;
  close(update: Partial<RecordingMeta>): Promise<string>;
}

/**
 * Opens a recording in `directory` (created if missing).
 *
 * @internal
 */
export async function openRecorder(
  directory: string,
  meta: RecordingMeta,
  redact: Redactor,
): Promise<Recorder> {
  try {
    await mkdir(directory, { recursive: false }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
    await writeFile(join(directory, "run.json"), `${redact(JSON.stringify(meta, null, 2))}\n`);
  } catch (error) {
    throw recordError(directory, error);
  }
  const stream: WriteStream = createWriteStream(join(directory, "steps.jsonl"));
  let failure: Error | undefined;
  stream.on("error", (error) => {
    failure = error;
  });
  return {
    step(line) {
      if (failure === undefined) stream.write(`${redact(JSON.stringify(line))}\n`);
    },
    async close(update) {
      await new Promise<void>((resolve) => stream.end(resolve));
      if (failure !== undefined) throw recordError(directory, failure);
      await writeFile(
        join(directory, "run.json"),
        `${redact(JSON.stringify({ ...meta, ...update }, null, 2))}\n`,
      );
      return directory;
    },
  };
}

// One line, exit 2: a recording that cannot be written is a configuration problem.
function recordError(directory: string, error: unknown): ConfigurationError {
  const why = isFileSystemError(error) ? describeFileSystemError(error) : (error as Error).message;
  return new ConfigurationError(`--record ${directory}: ${why}`);
}
