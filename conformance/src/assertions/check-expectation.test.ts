import { describe, expect, it } from "vitest";
import type { StepResponse } from "../drivers/step-response.js";
import { checkExpectation } from "./check-expectation.js";

const ok = (status: number, output?: unknown): StepResponse => ({
  status,
  headers: { "x-amz-request-id": "R" },
  output,
});
const failed = (status: number, code: string, message?: string): StepResponse => ({
  status,
  headers: {},
  error: { code, ...(message ? { message } : {}), fields: { RequestId: "R" } },
});

describe("checkExpectation", () => {
  it("requires success when no error is expected", () => {
    expect(checkExpectation(undefined, ok(204)).mismatches).toEqual([]);
    expect(checkExpectation(undefined, failed(404, "NoSuchBucket")).mismatches.map((m) => m.path)).toEqual([
      "error",
    ]);
  });

  it("compares status, code, exact message and message pattern", () => {
    const expectation = {
      status: 400,
      error: { code: "IdMismatch", message: "Document ID does not match the specified configuration ID." },
    };
    expect(
      checkExpectation(
        expectation,
        failed(400, "IdMismatch", "Document ID does not match the specified configuration ID."),
      ).mismatches,
    ).toEqual([]);
    const wrong = checkExpectation(expectation, failed(400, "MalformedXML", "nope")).mismatches;
    expect(wrong.map((m) => m.path)).toEqual(["error.code", "error.message"]);
    expect(
      checkExpectation({ error: { code: "X", messagePattern: "^The" } }, failed(400, "X", "Other"))
        .mismatches,
    ).toHaveLength(1);
  });

  it("says when an error was expected but the request succeeded", () => {
    const [mismatch] = checkExpectation(
      { status: 404, error: { code: "NoSuchConfiguration" } },
      ok(200),
    ).mismatches.slice(-1);
    expect(mismatch).toMatchObject({ path: "error.code", reason: "expected an error" });
  });

  it("accepts a permitted alternative status and says so", () => {
    const verdict = checkExpectation({ status: [204, 200] }, ok(200));
    expect(verdict.mismatches).toEqual([]);
    expect(verdict.acceptedAlternative).toContain("200");
    expect(checkExpectation({ status: [204, 200] }, ok(201)).mismatches).toHaveLength(1);
  });

  it("checks error fields, headers and forbidden headers", () => {
    expect(
      checkExpectation({ error: { code: "X", fields: { RequestId: { $present: true } } } }, failed(400, "X"))
        .mismatches,
    ).toEqual([]);
    expect(
      checkExpectation({ headers: { "x-amz-request-id": { $present: true } } }, ok(200)).mismatches,
    ).toEqual([]);
    expect(checkExpectation({ forbidHeaders: ["x-amz-request-id"] }, ok(200)).mismatches).toHaveLength(1);
  });

  it("compares outputs in equals and subset modes", () => {
    expect(
      checkExpectation({ output: { subset: { IsTruncated: false } } }, ok(200, { IsTruncated: false, X: 1 }))
        .mismatches,
    ).toEqual([]);
    expect(
      checkExpectation({ output: { equals: { IsTruncated: false } } }, ok(200, { IsTruncated: false, X: 1 }))
        .mismatches,
    ).toHaveLength(1);
  });

  it("compares the raw root's namespace, null meaning none, and fails when there was no XML body", () => {
    const S3 = "http://s3.amazonaws.com/doc/2006-03-01/";
    const raw = (rootNamespace: string | null | undefined): StepResponse => ({
      ...ok(200, {}),
      ...(rootNamespace === undefined ? {} : { rootNamespace }),
    });
    expect(checkExpectation({ rootNamespace: S3 }, raw(S3)).mismatches).toEqual([]);
    expect(checkExpectation({ rootNamespace: null }, raw(null)).mismatches).toEqual([]);
    expect(checkExpectation({ rootNamespace: S3 }, raw(null)).mismatches).toEqual([
      { path: "rootNamespace", expected: S3, actual: null },
    ]);
    expect(checkExpectation({ rootNamespace: null }, raw(S3)).mismatches).toEqual([
      {
        path: "rootNamespace",
        expected: null,
        actual: S3,
        reason: "expected a root element in no namespace",
      },
    ]);
    expect(checkExpectation({ rootNamespace: S3 }, raw(undefined)).mismatches[0]?.reason).toMatch(
      /no XML body/,
    );
    expect(checkExpectation({}, raw("urn:other")).mismatches).toEqual([]);
  });
});
