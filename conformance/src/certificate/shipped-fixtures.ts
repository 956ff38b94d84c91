import { loadCases } from "@s3-inventory/fixtures";
import { fixtureSetDigest } from "../identity/fixture-set-digest.js";
import type { ShippedFixtures } from "./verify-bundle.js";

/**
 * The fixture set installed with this runner: its version, digest and case ids.
 *
 * @internal
 */
export async function shippedFixtures(): Promise<ShippedFixtures> {
  const set = await loadCases();
  return {
    version: set.version,
    sha256: await fixtureSetDigest(set.directory, { withEvidence: true }),
    caseIds: set.cases.map((c) => c.id),
  };
}
