/**
 * The `--help` text.
 *
 * @internal
 */
export const HELP_TEXT = `Usage: s3-inventory-conformance [options]
       s3-inventory-conformance verify DIR     check a published results folder (certificate.json)
       s3-inventory-conformance merge SHARD_DIR… [--output-dir OUT] [--reporter NAME,…]
                                               join the results of --shard 1/N … N/N into one report set
       s3-inventory-conformance compare A/results.json B/results.json … [--output-dir DIR]
                                               cases × endpoints matrix (Markdown; HTML too with DIR)
       s3-inventory-conformance evidence DIR   what a --record DIR recording confirms or contradicts

Certifies whether an endpoint implements the S3 bucket inventory configuration API
(Put/Get/Delete/ListBucketInventoryConfiguration(s)) the way real S3 does.
With no options it runs every case against an embedded mock server.

Target
  --target embedded|msw|aws   embedded mock server (default), in-process msw mock, or Amazon S3
  --endpoint URL              any S3-compatible endpoint (implies --target endpoint); without it and
                              without --target: AWS_ENDPOINT_URL_S3, else AWS_ENDPOINT_URL, as the SDK
  --region REGION             default: AWS_REGION, AWS_DEFAULT_REGION, else us-east-1 (required for aws)
  --profile NAME              credentials from a shared-config profile (default: the SDK's provider chain)
  --path-style                bucket in the path, host/bucket/ (default for mocks and --endpoint)
  --virtual-hosted            bucket in the host name, bucket.host/ (default for aws)
  --insecure                  do not verify TLS certificates
  --ca-file PATH              trust this PEM certificate authority
  --account-id ID             the caller's 12-digit account id (default: the mock's own on embedded
                              and msw; STS GetCallerIdentity on aws, and at the endpoint with
                              --endpoint, which LocalStack and s3-inventory-mock answer)
  --client ours|sdk           client driving the cases: @s3-inventory/client (default) or @aws-sdk/client-s3

Safety
  --bucket NAME               bring your own bucket: only configurations with this run's id prefix are
                              written and removed; cases needing an empty bucket are skipped
  --allow-bucket-creation     with --bucket: still create run-namespaced buckets for those cases
  --keep                      leave what the run created in place, for debugging

Selection
  --grep REGEX                cases whose id, or "<id> <title>", matches (e.g. ^list- or ^(?!limit-))
  --tag TAG[,TAG]             cases with any of these tags (repeatable)
  --exclude-tag TAG[,TAG]     leave out cases with these tags (e.g. slow)
  --shard I/N                 run the I-th of N even, deterministic parts of the selection (join the
                              parts' results with merge)
  --list                      list the selected cases with their evidence ids and kinds, and exit
  --cases DIR                 read case files from DIR instead of @s3-inventory/fixtures

Execution
  --concurrency N             cases in flight (default 8 on mocks, 4 on remote endpoints)
  --timeout MS                bound of each case, setup and steps included (default 60000, or the case's
                              own; given, it bounds every case)
  --request-timeout MS        bound of each exchange, connect to last body byte (default 30000); the
                              preflight's bound too
  --cleanup-timeout MS        bound of each case's cleanup (default 60000)
  --max-response-bytes N      most body bytes read from one answer (default 8388608, 8 MiB); past it
                              the step is an error and reading stops
  --bail                      stop starting cases after the first that does not pass
  --expected-failures FILE    declared deviations, JSON or YAML: - { id, reason, link? }; they are still
                              reported failed but do not fail the run; one that passes is "fixed: remove it"
  --strict-expected           with --expected-failures: an expected failure that passes fails the run
  --allow-skipped             exit 0 even when required cases were skipped (e.g. no --account-id); the
                              verdict still names them and says the result is partial

Reports
  --product "NAME VERSION"    what is being tested, shown in every report (e.g. "Acme Store 4.2.1")
  --product-url URL           the product's home page, shown next to its name
  --reporter NAME[,NAME]      json (results.json), junit (junit.xml), markdown (summary.md), html
                              (report.html, one self-contained page), badge (badge.svg), certificate
                              (certificate.json: the digests of every report file; implies json); the
                              console view is always printed
  --output-dir DIR            where report files go (default ./conformance-results); created and
                              test-written before the run
  --record DIR                write every step's request and answer (secrets redacted) and the run's
                              metadata to DIR (run.json, steps.jsonl); read it with "evidence DIR"
  --no-color                  plain console output

  --help, --version

Verdict: "conformant" only when the whole published case set ran with no --grep, --tag,
--exclude-tag, --cases or --bail and nothing was skipped; a narrowed run is "partial: N of M cases
selected". A failure where S3's behaviour is an inference is reported but never fails the run.

Bounds: a run ends within R + ceil(N / C) x (T + K) after start-up (+ R with --bucket), plus the time to
write reports: R --request-timeout, N selected cases, C --concurrency, T the largest case timeout, K
--cleanup-timeout. A first SIGINT or SIGTERM ends it within 5 s, reports written (a second: at once).

Exit codes: 0 every required case passed; 1 a required case failed (on a step backed by recorded,
documented or seed evidence), was not implemented or was skipped (unless --allow-skipped), a case
errored, or the run was interrupted; 2 bad usage or configuration.
`;
