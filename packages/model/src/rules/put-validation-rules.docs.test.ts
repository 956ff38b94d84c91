import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PUT_VALIDATION_RULES } from "./put-validation-rules.js";

// docs/validation.md shows the rules table to readers: it must say what the code does.
const page = readFileSync(new URL("../../docs/validation.md", import.meta.url), "utf8");

describe("docs/validation.md", () => {
  it.each(PUT_VALIDATION_RULES.map((rule) => [rule.id, rule] as const))(
    "documents %s as the table has it",
    (id, rule) => {
      const answer = rule.variant === undefined ? rule.code : `${rule.code} (${rule.variant})`;
      expect(page).toContain(`| \`${id}\` | ${rule.stage} | ${answer} | ${rule.provenance} |`);
    },
  );

  it("has no row for a rule the table does not have", () => {
    const documented = [...page.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual(PUT_VALIDATION_RULES.map((rule) => rule.id).sort());
  });
});
