import { ConfigurationError } from "@s3-inventory/cli-kit";
import { type ConformanceCase, FixtureLoadError, loadCases } from "@s3-inventory/fixtures";

/**
 * The validated fixture set.
 *
 * @internal
 */
export interface ValidatedCases {
  cases: ConformanceCase[];
  version: string;
  /** The folder the case files were read from (for the fixture-set digest). */
  directory: string;
}

/**
 * Loads the fixture set (the package's, or `--cases DIR`); @s3-inventory/fixtures validates every case
 * against the schema it ships and its placeholders. An invalid case stops the run before anything is
 * sent: a case that cannot be read cannot be judged.
 *
 * @internal
 */
export async function loadValidatedCases(directory: string | undefined): Promise<ValidatedCases> {
  let set: Awaited<ReturnType<typeof loadCases>>;
  try {
    set = await loadCases(directory ? { directory } : {});
  } catch (error) {
    if (error instanceof FixtureLoadError) {
      const { problems } = error;
      throw new ConfigurationError(
        `invalid case files: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ""}`,
      );
    }
    throw new ConfigurationError(`cannot read the cases: ${(error as Error).message}`);
  }
  // An empty folder is a wrong path, not an empty selection: say so before --grep or --tag are blamed.
  if (directory !== undefined && set.cases.length === 0)
    throw new ConfigurationError(
      `--cases ${directory} holds no case files (<id>.json): point it at a folder of conformance cases`,
    );
  return { cases: set.cases, version: set.version, directory: set.directory };
}
