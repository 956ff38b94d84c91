import type { RunIdentity } from "./run-identity.js";

/**
 * A run's identity as labelled fields, in the order every human-readable report shows them.
 *
 * @internal
 */
export function identityFields(identity: RunIdentity): Array<[label: string, value: string]> {
  const { product, fixtureSet } = identity;
  return [
    [
      "product",
      product === undefined
        ? "not named (pass --product)"
        : `${product.name} ${product.version}${product.url ? ` (${product.url})` : ""}`,
    ],
    ["endpoint", `${identity.endpointHost} (${identity.target})`],
    ["region", identity.region],
    ["addressing", identity.addressingStyle],
    ["started", identity.startedAt],
    ["ended", identity.endedAt],
    ["command", identity.commandLine],
    ["runner", `${identity.runner.name} ${identity.runner.version}`],
    [
      "fixtures",
      `${fixtureSet.name} ${fixtureSet.version}${fixtureSet.source === "shipped" ? "" : ` (${fixtureSet.source})`} sha256:${fixtureSet.sha256}`,
    ],
    ["platform", `Node ${identity.node} on ${identity.os}`],
  ];
}
