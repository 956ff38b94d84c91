import { ConfigurationError } from "@s3-inventory/cli-kit";
import { type ConformanceCase, findPlaceholderProblems, loadCases } from "@s3-inventory/fixtures";
import Ajv2020 from "ajv/dist/2020.js";

/**
 * The validated fixture set.
 *
 * @example
 * const { cases, version }: ValidatedCases = await loadValidatedCases(undefined);
 */
export interface ValidatedCases {
  cases: ConformanceCase[];
  version: string;
  /** The folder the case files were read from (for the fixture-set digest). */
  directory: string;
}

/**
 * Loads the fixture set (the package's, or `--cases DIR`) and validates every case against the schema that
 * ships with @s3-inventory/fixtures, and its placeholders. An invalid case stops the run before anything is
 * sent: a case that cannot be read cannot be judged.
 *
 * @example
 * const { cases, version } = await loadValidatedCases(undefined);
 */
export async function loadValidatedCases(directory: string | undefined): Promise<ValidatedCases> {
  let set: Awaited<ReturnType<typeof loadCases>>;
  try {
    set = await loadCases(directory ? { directory } : {});
  } catch (error) {
    throw new ConfigurationError(`cannot read the cases: ${(error as Error).message}`);
  }
  // An empty folder is a wrong path, not an empty selection: say so before --grep or --tag are blamed.
  if (directory !== undefined && set.cases.length === 0)
    throw new ConfigurationError(
      `--cases ${directory} holds no case files (<id>.json): point it at a folder of conformance cases`,
    );
  const ajv = new Ajv2020.default({
    allErrors: true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
  });
  const validate = ajv.compile(set.schema);
  const problems: string[] = [];
  for (const conformanceCase of set.cases) {
    const id = conformanceCase.id;
    if (!validate(conformanceCase as unknown)) {
      problems.push(`${id}: ${ajv.errorsText(validate.errors)}`);
      continue;
    }
    for (const problem of findPlaceholderProblems(conformanceCase)) {
      problems.push(`${conformanceCase.id} ${problem.path}: ${problem.message}`);
    }
  }
  if (problems.length > 0)
    throw new ConfigurationError(
      `invalid case files: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ""}`,
    );
  return { cases: set.cases, version: set.version, directory: set.directory };
}
