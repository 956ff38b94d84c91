import type { CaseResult } from "../execution/case-result.js";
import type { RunSelection } from "../verdict/run-selection.js";
import type { RunReport } from "./run-report.js";

/**
 * What is known when a run starts.
 *
 * @internal
 */
export interface RunStart {
  total: number;
  target: string;
  client: string;
  runId: string;
  /** What the run selected of the published set (a narrowed run says "partial" from its first line). */
  selection?: RunSelection;
}

/**
 * A report format. Live reporters use the `on*` hooks; file reporters render the final report.
 *
 * @internal
 */
export interface Reporter {
  onRunStart?(start: RunStart): void;
  onCaseEnd?(result: CaseResult, finished: number, total: number): void;
  /** Writes the report; returns the path of the file written, if any. */
  onRunEnd(report: RunReport): Promise<string | undefined>;
}
