import { expandTemplate, type Placeholder } from "@s3-inventory/fixtures";
import { CaseSetupError } from "../errors/case-setup-error.js";

/**
 * The values placeholders take in one case (s3-inventory fixtures README, "Placeholders").
 *
 * @internal
 */
export interface CaseContext {
  bucket: string;
  /** True when the run created `bucket` for this case (so it may delete it), false for `--bucket NAME`. */
  ownsBucket: boolean;
  /** Prefix of every configuration id: empty on the run's own bucket, `<runId>-<case>-` on a user's bucket. */
  idPrefix: string;
  region: string;
  accountId: string | undefined;
  destinationBucket: string;
  missingBucket: string;
  /** `${otherBucket}`: the case's second bucket, created only for a case that needs `secondBucket`. */
  otherBucket: string | undefined;
  runId: string;
  saved: Map<string, string>;
}

/**
 * A 12-digit account id that is not `accountId` (last digit moved by one), for ExpectedBucketOwner mismatch.
 *
 * @internal
 */
export function otherAccountIdOf(accountId: string): string {
  const last = Number(accountId.at(-1));
  return `${accountId.slice(0, -1)}${(last + 1) % 10}`;
}

/**
 * Expands one string of a case with the case's values; `vars` holds repeat variables.
 *
 * @internal
 */
export function expandCaseString(
  template: string,
  context: CaseContext,
  vars: ReadonlyMap<string, number>,
): string {
  return expandTemplate(template, (placeholder) => resolve(placeholder, context, vars));
}

/**
 * Expands every string inside a JSON value (objects and arrays are copied).
 *
 * @internal
 */
export function expandCaseValue<T>(value: T, context: CaseContext, vars: ReadonlyMap<string, number>): T {
  if (typeof value === "string") return expandCaseString(value, context, vars) as T;
  if (Array.isArray(value)) return value.map((item) => expandCaseValue(item, context, vars)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, expandCaseValue(item, context, vars)]),
    ) as T;
  }
  return value;
}

function resolve(
  { name, argument }: Placeholder,
  context: CaseContext,
  vars: ReadonlyMap<string, number>,
): string {
  const index = vars.get(name);
  if (index !== undefined)
    return argument === undefined ? String(index) : String(index).padStart(Number(argument), "0");
  switch (name) {
    case "bucket":
      return context.bucket;
    case "region":
      return context.region;
    case "accountId":
      return requireAccountId(context);
    case "otherAccountId":
      return otherAccountIdOf(requireAccountId(context));
    case "destinationBucketArn":
      return `arn:aws:s3:::${context.destinationBucket}`;
    case "missingBucket":
      return context.missingBucket;
    case "otherBucket":
      if (context.otherBucket === undefined)
        throw new CaseSetupError(
          'the case uses ${otherBucket} but no second bucket was created (add needs: "secondBucket")',
        );
      return context.otherBucket;
    case "runId":
      return context.runId;
    case "id":
      return `${context.idPrefix}${argument}`;
    case "idOfLength": {
      const length = Number(argument);
      if (context.idPrefix.length >= length) {
        throw new CaseSetupError(
          `\${idOfLength:${argument}} is shorter than the run's id prefix ${context.idPrefix}`,
        );
      }
      return context.idPrefix + "a".repeat(length - context.idPrefix.length);
    }
    case "saved": {
      const value = context.saved.get(String(argument));
      if (value === undefined)
        throw new CaseSetupError(`\${saved.${argument}} was not saved by an earlier step`);
      return value;
    }
    default:
      throw new CaseSetupError(`unknown placeholder \${${name}}`);
  }
}

function requireAccountId(context: CaseContext): string {
  if (context.accountId === undefined) {
    throw new CaseSetupError(
      "the case uses the account id but none is known (add needs: accountId to the case)",
    );
  }
  return context.accountId;
}
