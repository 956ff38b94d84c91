import { S3_OPERATIONS, serializeCreateBucketConfiguration } from "@s3-inventory/model";
import type { ConnectionSettings } from "../drivers/connection-settings.js";
import { sendRawRequest } from "../drivers/raw-http-request.js";
import { CaseSetupError } from "../errors/case-setup-error.js";
import { SafetyViolationError } from "../errors/safety-violation-error.js";
import type { CleanupOutcome } from "./case-result.js";

/**
 * A request about to be sent, as the safety guard sees it.
 *
 * @internal
 */
export interface GuardedRequest {
  method: string;
  bucket: string;
  /** True for the `?inventory` sub-resource; false for a bucket-level request. */
  inventory: boolean;
  id: string | undefined;
}

const READ_METHODS = new Set(["GET", "HEAD"]);

/**
 * Everything one case creates, and the guard that keeps it from touching anything else. The run may modify
 * only (a) buckets it created itself, and (b) on a user's bucket (`--bucket`), configurations whose id carries
 * the case's run-namespaced prefix. Anything else is refused before it is sent. Cleanup removes exactly what
 * was created: the case's own buckets, or the ids it wrote to the user's bucket.
 *
 * @internal
 */
export class CaseResources {
  private readonly ownedBuckets = new Set<string>();
  private readonly writtenIds = new Map<string, Set<string>>();

  constructor(
    private readonly settings: ConnectionSettings,
    private readonly options: { idPrefix: string; keep: boolean; missingBucket: string },
  ) {}

  /** Creates a bucket for the case; throws `CaseSetupError` when the endpoint refuses. */
  async createBucket(name: string, signal?: AbortSignal): Promise<void> {
    const body = serializeCreateBucketConfiguration(this.settings.region);
    // Recorded before the request: a PUT stopped mid-way may still have created it, and cleanup must try.
    this.ownedBuckets.add(name);
    const response = await sendRawRequest(
      this.settings,
      { method: "PUT", bucket: name, query: {}, ...(body ? { body } : {}) },
      signal,
    );
    if (response.status !== S3_OPERATIONS.CreateBucket.http.code) {
      const detail = response.error
        ? `${response.error.code}${response.error.message ? `: ${response.error.message}` : ""}`
        : "";
      this.ownedBuckets.delete(name);
      throw new CaseSetupError(`could not create bucket ${name}: ${response.status} ${detail}`.trim());
    }
  }

  /** True when the case created `bucket`. */
  owns(bucket: string): boolean {
    return this.ownedBuckets.has(bucket);
  }

  /** Refuses (throws `SafetyViolationError`) any write the run has no right to make; records the allowed ones. */
  guard(request: GuardedRequest): void {
    if (READ_METHODS.has(request.method) || this.ownedBuckets.has(request.bucket)) return;
    const where = `${request.method} ${request.inventory ? `inventory id=${request.id ?? "(none)"}` : "bucket"} on ${request.bucket}`;
    if (!request.inventory) throw new SafetyViolationError(`${where}: the run did not create this bucket`);
    // The run's never-created bucket (no-such-bucket cases) carries the run id in its name: writes there touch
    // nothing of anyone else's, even if an endpoint wrongly accepts them (they are cleaned up then).
    const namespacedBucket = request.bucket === this.options.missingBucket;
    const namespacedId =
      this.options.idPrefix !== "" && request.id?.startsWith(this.options.idPrefix) === true;
    if (request.id === undefined || !(namespacedBucket || namespacedId)) {
      throw new SafetyViolationError(
        `${where}: the id is not namespaced by this run (${this.options.idPrefix || "no prefix"})`,
      );
    }
    const ids = this.writtenIds.get(request.bucket) ?? new Set<string>();
    ids.add(request.id);
    this.writtenIds.set(request.bucket, ids);
  }

  /**
   * Removes what the case created (unless `keep`); never throws: a failure is reported on its own. `signal`
   * bounds it (the cleanup's timeout, or the end of an interrupted run): what is left then is named.
   */
  async cleanup(signal?: AbortSignal): Promise<CleanupOutcome> {
    const ids = [...this.writtenIds].flatMap(([bucket, set]) => [...set].map((id) => ({ bucket, id })));
    if (this.ownedBuckets.size === 0 && ids.length === 0) return { status: "nothing" };
    if (this.options.keep) {
      const kept = [
        ...[...this.ownedBuckets].map((b) => `bucket ${b}`),
        ...ids.map((x) => `${x.bucket}?inventory&id=${x.id}`),
      ];
      return { status: "kept", message: `kept: ${kept.join(", ")}` };
    }
    const problems: string[] = [];
    const left: string[] = [];
    for (const { bucket, id } of ids) {
      if (signal?.aborted) {
        left.push(`${bucket}?inventory&id=${id}`);
        continue;
      }
      const response = await this.quietly(() =>
        sendRawRequest(this.settings, { method: "DELETE", bucket, query: { inventory: "", id } }, signal),
      );
      // 404: the case never stored it (or already deleted it). 501: the endpoint does not implement the API,
      // so the PUT was refused the same way and nothing was stored; reporting it would bury real problems.
      if (typeof response === "string") {
        if (signal?.aborted) left.push(`${bucket}?inventory&id=${id}`);
        else problems.push(`not cleaned up: ${bucket}?inventory&id=${id} (${response})`);
      } else if (![204, 404, 501].includes(response.status))
        problems.push(`DELETE ${bucket}?inventory&id=${id}: ${response.status}`);
    }
    for (const bucket of this.ownedBuckets) {
      if (signal?.aborted) {
        left.push(`bucket ${bucket}`);
        continue;
      }
      const response = await this.quietly(() =>
        sendRawRequest(this.settings, { method: "DELETE", bucket, query: {} }, signal),
      );
      if (typeof response === "string") {
        if (signal?.aborted) left.push(`bucket ${bucket}`);
        else problems.push(`not cleaned up: bucket ${bucket} (${response})`);
      } else if (response.status !== 204 && response.status !== 404) {
        problems.push(`DELETE bucket ${bucket}: ${response.status} ${response.error?.code ?? ""}`.trim());
      }
    }
    if (left.length > 0) {
      const why = signal?.reason instanceof Error ? signal.reason.message : "stopped";
      problems.push(`not cleaned up (${why}): ${left.join(", ")}`);
    }
    return problems.length === 0 ? { status: "done" } : { status: "failed", message: problems.join("; ") };
  }

  private async quietly<T>(action: () => Promise<T>): Promise<T | string> {
    try {
      return await action();
    } catch (error) {
      return (error as Error).message;
    }
  }
}
