/**
 * Which part of the published case set a run selected, and what narrowed it: the verdict may call a run
 * conformant only when it ran the whole published set, unfiltered.
 *
 * @example
 * ```ts
 * const selection: RunSelection = { selected: 2, published: 71, narrowedBy: ["--grep ^example-"] };
 * ```
 * @public
 */
export interface RunSelection {
  /** Cases the run selected. */
  selected: number;
  /** Cases in the published fixture set (@s3-inventory/fixtures) of this runner. */
  published: number;
  /** The flags that narrowed or replaced the published set (`--grep`, `--tag`, `--exclude-tag`, `--cases`, `--bail`); empty for a whole run. */
  narrowedBy: string[];
}

/**
 * True when the run selected the whole published set with no flag narrowing it.
 *
 * @internal
 */
export function isWholeSet(selection: RunSelection): boolean {
  return selection.narrowedBy.length === 0 && selection.selected === selection.published;
}

/**
 * "partial: 2 of 71 cases selected (--grep ^example-)", the words every report uses for a narrowed run.
 *
 * @internal
 */
export function describePartialSelection(selection: RunSelection): string {
  const why = selection.narrowedBy.length > 0 ? ` (${selection.narrowedBy.join(", ")})` : "";
  return `partial: ${selection.selected} of ${selection.published} cases selected${why}`;
}
