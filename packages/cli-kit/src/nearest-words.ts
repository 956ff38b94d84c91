/**
 * The candidates nearest to `word`, nearest first: those within a small edit distance (a typo: one or
 * two letters wrong, missing, extra or swapped, scaled with the word's length), then those that contain
 * it or that it contains. Case-insensitive; at most `limit`; empty when nothing is close.
 *
 * @internal
 */
export function nearestWords(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const wanted = word.toLowerCase();
  const budget = Math.max(1, Math.min(3, Math.floor(wanted.length / 4)));
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const other = candidate.toLowerCase();
    const distance = editDistance(wanted, other, budget);
    if (distance <= budget) scored.push({ candidate, score: distance });
    else if (wanted.length >= 3 && (other.includes(wanted) || wanted.includes(other)))
      scored.push({ candidate, score: budget + 1 + Math.abs(other.length - wanted.length) / 100 });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

// Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early above `bound`.
function editDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current[j] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > bound) return bound + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? bound + 1;
}
