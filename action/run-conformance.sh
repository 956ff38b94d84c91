#!/usr/bin/env bash
# The action's main step: runs the runner with the action's inputs (INPUT_* variables), appends the Markdown
# summary to $GITHUB_STEP_SUMMARY and writes the exit code, verdict, folder and artifact name to
# $GITHUB_OUTPUT. It always exits 0: the action's last step passes the runner's exit code through, after the
# results are uploaded. S3INV_RUNNER overrides the command (tests point it at the local build).
set -uo pipefail
action_root="$(cd "$(dirname "$0")/.." && pwd)"
version="${INPUT_RUNNER_VERSION:-}"
if [ -z "$version" ]; then
  version="$(node -p 'require(process.argv[1]).version' "$action_root/conformance/package.json")"
fi
if [ -n "${S3INV_RUNNER:-}" ]; then
  read -r -a runner <<<"$S3INV_RUNNER"
else
  runner=(npx --yes "@s3-inventory/conformance@$version")
fi
output_dir="${INPUT_OUTPUT_DIR:-conformance-results}"
args=(--output-dir "$output_dir" --reporter "${INPUT_REPORTERS:-json},markdown" --region "${INPUT_REGION:-us-east-1}")
[ -n "${INPUT_ENDPOINT:-}" ] && args+=(--endpoint "$INPUT_ENDPOINT")
[ -n "${INPUT_PRODUCT:-}" ] && args+=(--product "$INPUT_PRODUCT")
[ -n "${INPUT_EXPECTED_FAILURES:-}" ] && args+=(--expected-failures "$INPUT_EXPECTED_FAILURES")
[ -n "${INPUT_SHARD:-}" ] && args+=(--shard "$INPUT_SHARD")
if [ -n "${INPUT_ARGS:-}" ]; then
  read -r -a extra <<<"$INPUT_ARGS"
  args+=("${extra[@]}")
fi
artifact="${INPUT_ARTIFACT_NAME:-s3-inventory-conformance}"
[ -n "${INPUT_SHARD:-}" ] && artifact="$artifact-shard-${INPUT_SHARD/\//-of-}"

"${runner[@]}" --no-color "${args[@]}"
code=$?

summary="$output_dir/summary.md"
if [ -f "$summary" ]; then
  cat "$summary" >>"$GITHUB_STEP_SUMMARY"
else
  printf '# S3 inventory conformance\n\nThe runner exited %s before writing a summary; see the job log.\n' "$code" >>"$GITHUB_STEP_SUMMARY"
fi
verdict="$(node -e 'try { process.stdout.write(require(require("path").resolve(process.argv[1])).verdict) } catch {}' "$output_dir/results.json" | tr '\n' ' ')"
{
  echo "exit-code=$code"
  echo "verdict=$verdict"
  echo "results-dir=$output_dir"
  echo "artifact-name=$artifact"
} >>"$GITHUB_OUTPUT"
exit 0
