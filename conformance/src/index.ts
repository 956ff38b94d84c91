// @s3-inventory/conformance: the runner behind the `s3-inventory-conformance` CLI, usable from code.
// The public surface is listed name by name (no `export *`).

export { ConfigurationError } from "@s3-inventory/cli-kit";
export { type MatchMode, matchValue } from "./assertions/match-value.js";
export type { Mismatch } from "./assertions/mismatch.js";
export { main } from "./cli/main.js";
export { type ParsedCommand, parseArguments } from "./cli/parse-arguments.js";
export { type RunIo, type RunOutcome, runConformance } from "./cli/run-conformance.js";
export type { ReporterName, RunConfig } from "./config/run-config.js";
export type { ClientName } from "./drivers/driver.js";
export type { CaseResult, CaseStatus, CleanupOutcome, StepFailure } from "./execution/case-result.js";
export type { RunReport, StatusCounts } from "./reporters/run-report.js";
export type { TargetKind } from "./targets/target.js";
export {
  computeVerdict,
  type Verdict,
  type VerdictInput,
  type VerdictOutcome,
} from "./verdict/compute-verdict.js";
export { failureMayFailCertification } from "./verdict/evidence-weight.js";
export type { RunSelection } from "./verdict/run-selection.js";
