import { describe, expect, it } from "vitest";
import { S3_ERROR_CATALOGUE } from "../errors/s3-error-catalogue.js";
import {
  findPutValidationRule,
  PUT_VALIDATION_RULES,
  PUT_VALIDATION_STAGES,
} from "./put-validation-rules.js";

const stageIndex = (stage: string) => PUT_VALIDATION_STAGES.findIndex((s) => s.stage === stage);

describe("PUT_VALIDATION_RULES", () => {
  it("has unique ids", () => {
    const ids = PUT_VALIDATION_RULES.map((rule) => rule.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it("lists the rules stage by stage, in validation order", () => {
    const indexes = PUT_VALIDATION_RULES.map((rule) => stageIndex(rule.stage));
    expect(indexes.every((index) => index >= 0)).toBe(true);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  });

  it.each(PUT_VALIDATION_RULES.map((rule) => [rule.id, rule] as const))(
    "%s answers with a catalogued code of its stage",
    (_id, rule) => {
      const definition = S3_ERROR_CATALOGUE[rule.code];
      expect(definition.code).toBe(rule.code);
      expect(PUT_VALIDATION_STAGES[stageIndex(rule.stage)]?.codes).toContain(rule.code);
      if (rule.variant !== undefined) expect(Object.keys(definition.variants)).toContain(rule.variant);
    },
  );

  it.each(PUT_VALIDATION_RULES.map((rule) => [rule.id, rule] as const))(
    "%s says plainly where it comes from",
    (_id, rule) => {
      expect(rule.description.length).toBeGreaterThan(10);
      // Every recorded rule cites its ledger entry (fixtures' tests check that each id is in the ledger).
      if (rule.provenance === "recorded") expect(rule.source).toMatch(/evidence:[a-z0-9]+(-[a-z0-9]+)*/);
      if (rule.provenance === "choice") expect(rule.source.toLowerCase()).toContain("not recorded");
      if (rule.provenance === "recorded-analog") expect(rule.source).toMatch(/evidence:[a-z0-9-]+|#\d+/);
    },
  );

  it("covers every code a Put can be refused with by the stages", () => {
    const codes = new Set(PUT_VALIDATION_RULES.map((rule) => rule.code));
    expect([...codes].sort()).toEqual([...new Set(PUT_VALIDATION_STAGES.flatMap((s) => s.codes))].sort());
  });

  it("finds a rule by id, and refuses an unknown id", () => {
    expect(findPutValidationRule("id-mismatch").code).toBe("IdMismatch");
    // @ts-expect-error: not a rule id
    expect(() => findPutValidationRule("no-such-rule")).toThrow(RangeError);
  });
});
