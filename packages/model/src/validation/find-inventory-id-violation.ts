import { INVENTORY_ID_MAX_LENGTH, INVENTORY_ID_PATTERN } from "../rules/limits.js";
import type { PutValidationRuleId } from "../rules/put-validation-rules.js";

/**
 * The Id rules S3 applies to a Put body's `<Id>` (stage `schema`, answered MalformedXML): not empty
 * ([CHOICE]), only `[A-Za-z0-9._-]` (recorded: evidence:put-id-with-spaces-400, "my daily inventory"), at most
 * {@link INVENTORY_ID_MAX_LENGTH} characters (recorded over-long failure aws/aws-cdk#27793; boundary 64
 * [INFERRED]). Returns the rule broken, or `undefined`.
 *
 * @internal
 */
export function findInventoryIdViolation(id: string): PutValidationRuleId | undefined {
  if (id === "") return "id-empty";
  if (!INVENTORY_ID_PATTERN.test(id)) return "id-characters";
  // Only ASCII passes the pattern, so the length in UTF-16 units is the length in characters.
  if (id.length > INVENTORY_ID_MAX_LENGTH) return "id-length";
  return undefined;
}
