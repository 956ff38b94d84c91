// Predicts, from the case files alone, which cases a broken endpoint must fail. Written from the cases'
// meaning (what each step asks of the endpoint), independently of the runner's code, so that a test can
// compare the runner's verdicts with the prediction.
import type { ConformanceCase, Expectation, HttpStep, OperationStep } from "@s3-inventory/fixtures";

type Kind = "put" | "get" | "delete" | "list" | "head" | "other";

interface FlatStep {
  kind: Kind;
  expect: Expectation;
  input: Record<string, unknown>;
  signed: boolean;
}

function flatten(conformanceCase: ConformanceCase): FlatStep[] {
  return conformanceCase.steps.map((step) => describe("repeat" in step ? step.repeat.step : step));
}

function describe(step: OperationStep | HttpStep): FlatStep {
  const expect = step.expect ?? {};
  if ("operation" in step) {
    const kinds: Record<string, Kind> = {
      PutBucketInventoryConfiguration: "put",
      GetBucketInventoryConfiguration: "get",
      DeleteBucketInventoryConfiguration: "delete",
      ListBucketInventoryConfigurations: "list",
      HeadBucket: "head",
    };
    return { kind: kinds[step.operation] ?? "other", expect, input: { ...step.input }, signed: true };
  }
  const { method, query } = step.http;
  const inventory = "inventory" in query;
  const kind: Kind = !inventory
    ? "other"
    : method === "PUT"
      ? "put"
      : method === "DELETE"
        ? "delete"
        : method === "GET"
          ? "id" in query
            ? "get"
            : "list"
          : "other";
  return { kind, expect, input: query, signed: step.http.signed !== false };
}

const succeeds = (step: FlatStep): boolean => step.expect.error === undefined;
const expectsCode = (step: FlatStep, code: string): boolean => step.expect.error?.code === code;

/** Cases with a step expecting this error code. */
export function expectingCode(cases: ConformanceCase[], code: string): string[] {
  return cases.filter((c) => flatten(c).some((s) => expectsCode(s, code))).map((c) => c.id);
}

/** Cases with a PUT that must answer exactly 204. */
export function expectingPut204(cases: ConformanceCase[]): string[] {
  return cases
    .filter((c) => flatten(c).some((s) => s.kind === "put" && s.expect.status === 204))
    .map((c) => c.id);
}

/** Cases that read back what a successful PUT stored (a fake-success stub fails them). */
export function readingStoredState(cases: ConformanceCase[]): string[] {
  return cases
    .filter((c) => {
      const steps = flatten(c);
      const firstPut = steps.findIndex((s) => s.kind === "put" && succeeds(s));
      if (firstPut === -1) return false;
      return steps.slice(firstPut + 1).some((s) => {
        if (expectsCode(s, "TooManyConfigurations")) return true;
        if (!succeeds(s)) return false;
        if (s.kind === "get" || s.kind === "delete") return true;
        if (s.kind !== "list") return false;
        const output = s.expect.output;
        return output !== undefined && expectsStoredItems("equals" in output ? output.equals : output.subset);
      });
    })
    .map((c) => c.id);
}

// Whether an expected LIST output names stored configurations: `InventoryConfigurationList` (SDK output) or
// `InventoryConfiguration` elements (raw XML body), other than as `$absent`, or a truncated page.
function expectsStoredItems(expected: unknown): boolean {
  if (expected === null || typeof expected !== "object") return false;
  return Object.entries(expected).some(([key, value]) => {
    const absent = typeof value === "object" && value !== null && "$absent" in value;
    if ((key === "InventoryConfigurationList" || key === "InventoryConfiguration") && !absent) return true;
    // A truncated page means more configurations than one page holds.
    if (key === "IsTruncated" && value === true) return true;
    return expectsStoredItems(value);
  });
}

/** Cases that use the bucket again after a successful DELETE of a configuration. */
export function usingBucketAfterDelete(cases: ConformanceCase[]): string[] {
  return cases
    .filter((c) => {
      const steps = flatten(c);
      const firstDelete = steps.findIndex((s) => s.kind === "delete" && succeeds(s));
      return firstDelete !== -1 && steps.slice(firstDelete + 1).some((s) => !expectsCode(s, "NoSuchBucket"));
    })
    .map((c) => c.id);
}

/** Cases that need a second LIST page. */
export function needingPagination(cases: ConformanceCase[]): string[] {
  return cases
    .filter((c) =>
      flatten(c).some((s) => {
        if (s.kind !== "list") return false;
        const output = s.expect.output;
        const expected = (output && ("equals" in output ? output.equals : output.subset)) as
          | Record<string, unknown>
          | undefined;
        return s.input.ContinuationToken !== undefined || expected?.IsTruncated === true;
      }),
    )
    .map((c) => c.id);
}

/** Cases whose first request is signed and touches the inventory API (a 501 there means not implemented). */
export function startingWithSignedInventoryRequest(cases: ConformanceCase[]): string[] {
  return cases
    .filter((c) => {
      const first = flatten(c).find((s) => s.kind !== "head" && s.kind !== "other");
      return first?.signed === true;
    })
    .map((c) => c.id);
}

/** Cases that use a second bucket (`needs: secondBucket`): only they can tell buckets' stores apart. */
export function usingSecondBucket(cases: ConformanceCase[]): string[] {
  return cases.filter((c) => c.needs?.includes("secondBucket") === true).map((c) => c.id);
}

/** Cases that PUT successfully after a TooManyConfigurations and before any DELETE: an overwrite at the limit. */
export function overwritingAtTheLimit(cases: ConformanceCase[]): string[] {
  return cases
    .filter((c) => {
      const steps = flatten(c);
      const full = steps.findIndex((s) => expectsCode(s, "TooManyConfigurations"));
      if (full === -1) return false;
      const after = steps.slice(full + 1);
      const freed = after.findIndex((s) => s.kind === "delete" && succeeds(s));
      return after.slice(0, freed === -1 ? undefined : freed).some((s) => s.kind === "put" && succeeds(s));
    })
    .map((c) => c.id);
}

/** Cases asserting the namespace of a raw answer's root element. */
export function assertingRootNamespace(cases: ConformanceCase[]): string[] {
  return cases.filter((c) => flatten(c).some((s) => s.expect.rootNamespace !== undefined)).map((c) => c.id);
}
