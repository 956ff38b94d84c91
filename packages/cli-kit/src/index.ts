// @s3-inventory/cli-kit: private, vendored into each bin's package by scripts/vendor-cli-kit.mjs.
export { CliError, ConfigurationError, UsageError } from "./cli-error.js";
export { explainArgumentError } from "./explain-argument-error.js";
export { describeFileSystemError, isFileSystemError } from "./file-system-error.js";
export { makeDirectory, makeDirectorySync } from "./make-directory.js";
export { nearestWords } from "./nearest-words.js";
export { attachDashValues, type CliOptions, parseCliArguments } from "./parse-cli-arguments.js";
export { reportCliError, runCli } from "./run-cli.js";
