import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { ConfigurationError } from "@s3-inventory/cli-kit";
import type { RecordedStep, RecordingMeta } from "../record/recorded-step.js";

/**
 * Reads a recording's `run.json`. A folder without one is not a recording (exit 2).
 *
 * @internal
 */
export async function readRecordingMeta(directory: string): Promise<RecordingMeta> {
  let text: string;
  try {
    text = await readFile(join(directory, "run.json"), "utf8");
  } catch {
    throw new ConfigurationError(
      `${directory} is not a recording: it has no run.json (make one with --record ${directory})`,
    );
  }
  let meta: RecordingMeta;
  try {
    meta = JSON.parse(text) as RecordingMeta;
  } catch {
    throw new ConfigurationError(`${directory}/run.json is not JSON`);
  }
  if (meta.format !== "s3-inventory-recording/1")
    throw new ConfigurationError(
      `${directory}/run.json is not an s3-inventory recording (format ${String(meta.format)})`,
    );
  return meta;
}

/**
 * The recorded steps, one at a time (a recording of the 1,000-configuration case holds thousands).
 *
 * @internal
 */
export async function* readRecordedSteps(directory: string): AsyncGenerator<RecordedStep> {
  const lines = createInterface({
    input: createReadStream(join(directory, "steps.jsonl")),
    crlfDelay: Infinity,
  });
  let number = 0;
  try {
    for await (const line of lines) {
      number += 1;
      if (line.trim() === "") continue;
      try {
        yield JSON.parse(line) as RecordedStep;
      } catch {
        throw new ConfigurationError(`${directory}/steps.jsonl line ${number} is not JSON`);
      }
    }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`${directory}/steps.jsonl cannot be read: ${(error as Error).message}`);
  }
}
