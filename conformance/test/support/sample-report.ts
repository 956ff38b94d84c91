import type { CaseResult } from "../../src/execution/case-result.js";
import { buildRunReport, type RunReport } from "../../src/reporters/run-report.js";

/**
 * A small report with one case of each status, for reporter tests.
 *
 * @example
 * const report = sampleReport(); // 5 cases: passed, failed, skipped, not-implemented, error
 */
export function sampleReport(): RunReport {
  const base = {
    severity: "required" as const,
    evidence: {
      kind: "aws-recording" as const,
      source: "LocalStack snapshot test_s3_inventory_report_crud",
      entries: [{ id: "put-answers-204", kind: "recorded" as const }],
    },
    durationMs: 12,
    failures: [],
    cleanup: { status: "done" as const },
  };
  const results: CaseResult[] = [
    {
      ...base,
      id: "put-status-204",
      title: "PUT answers 204",
      tags: ["put"],
      status: "failed",
      failures: [
        {
          step: 1,
          name: "put",
          request: "PutBucketInventoryConfiguration Bucket=b Id=1",
          response: "200",
          mismatches: [{ path: "status", expected: 204, actual: 200 }],
        },
      ],
    },
    {
      ...base,
      id: "list-empty",
      title: 'LIST of nothing <is> empty & "fine"',
      tags: ["list"],
      status: "passed",
    },
    {
      ...base,
      id: "list-sorted",
      title: "sorted",
      tags: ["list", "slow"],
      status: "skipped",
      reason: "needs a bucket of its own",
    },
    {
      ...base,
      id: "get-missing",
      title: "GET missing",
      tags: ["get"],
      status: "not-implemented",
      reason: "step 1 was answered 501 NotImplemented",
    },
    {
      ...base,
      id: "delete-missing",
      title: "DELETE missing",
      tags: ["delete"],
      status: "error",
      reason: "no answer",
      cleanup: { status: "failed", message: "DELETE bucket b: 500" },
    },
  ];
  return buildRunReport(
    {
      runner: { name: "@s3-inventory/conformance", version: "1.2.3" },
      fixtureSet: { name: "@s3-inventory/fixtures", version: "4.5.6" },
      runId: "s3inv-abcdefgh",
      identity: {
        product: { name: "Acme Store", version: "4.2.1", url: "https://acme.example/store" },
        target: "endpoint",
        endpointHost: "localhost:9000",
        region: "us-east-1",
        addressingStyle: "path",
        startedAt: "2026-01-01T00:00:00.000Z",
        endedAt: "2026-01-01T00:00:01.500Z",
        commandLine: "s3-inventory-conformance --endpoint http://localhost:9000 --product 'Acme Store 4.2.1'",
        runner: { name: "@s3-inventory/conformance", version: "1.2.3" },
        fixtureSet: {
          name: "@s3-inventory/fixtures",
          version: "4.5.6",
          sha256: "ab".repeat(32),
          source: "shipped",
        },
        node: "v20.20.0",
        os: "linux 6.1.0 x64",
      },
      startedAt: "2026-01-01T00:00:00.000Z",
      target: "endpoint http://localhost:9000",
      client: "ours",
      config: { target: "endpoint", region: "us-east-1" },
    },
    results,
    1500,
    false,
  );
}
