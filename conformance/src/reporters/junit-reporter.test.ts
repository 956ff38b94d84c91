import { parseXml } from "@s3-inventory/model";
import { describe, expect, it } from "vitest";
import { sampleReport } from "../../test/support/sample-report.js";
import { renderJunit } from "./junit-reporter.js";

describe("renderJunit", () => {
  it("is well-formed XML with one testcase per case and the right element per status", () => {
    const suite = parseXml(renderJunit(sampleReport())).children[0];
    const cases = suite?.children.filter((c) => c.name === "testcase") ?? [];
    const kinds = Object.fromEntries(
      cases.map((c) => [c.attributes.name, c.children.map((child) => child.name).join(",")]),
    );
    expect(kinds).toEqual({
      "put-status-204": "properties,failure",
      "list-empty": "properties",
      "list-sorted": "properties,skipped",
      "get-missing": "properties,failure",
      "delete-missing": "properties,error,system-err",
    });
    expect(suite?.attributes).toMatchObject({ tests: "5", failures: "2", errors: "1", skipped: "1" });
  });

  it("marks not-implemented as a failure of its own type, never a skip", () => {
    expect(renderJunit(sampleReport())).toContain(
      '<failure type="not-implemented" message="step 1 was answered 501 NotImplemented">',
    );
  });
});
