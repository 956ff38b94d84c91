import type { RunConfig } from "../config/run-config.js";
import type { RunSelection } from "./run-selection.js";

/**
 * The selection a configured run makes: every flag that narrows or replaces the published set is named,
 * `--bail` included (it may stop the run before every case ran).
 *
 * @internal
 */
export function selectionOfRun(
  config: Pick<RunConfig, "selection" | "casesDir" | "bail" | "shard">,
  selected: number,
  published: number,
): RunSelection {
  const { grep, tags, excludeTags } = config.selection;
  const narrowedBy = [
    ...(grep === undefined ? [] : [`--grep ${grep}`]),
    ...(tags.length > 0 ? [`--tag ${tags.join(",")}`] : []),
    ...(excludeTags.length > 0 ? [`--exclude-tag ${excludeTags.join(",")}`] : []),
    ...(config.casesDir === undefined ? [] : [`--cases ${config.casesDir}`]),
    ...(config.bail ? ["--bail"] : []),
    ...(config.shard === undefined ? [] : [`--shard ${config.shard.index}/${config.shard.count}`]),
  ];
  return { selected, published, narrowedBy };
}
