/**
 * "Did you mean": the known name closest to a mistyped one (an option, a subcommand, a scheme or
 * policy preset), by edit distance with a swap of two neighbours counting as one edit.
 */
import type { Bilingual } from '../errors.js';

/** Edits (insert, delete, replace, swap neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  return d[a.length]![b.length]!;
}

/**
 * The known name nearest to `typed`, when it is near enough to be a slip: a third of its length
 * in edits (at least one, at most three), or a known name it begins (`--ref` → `--reference-date`).
 */
export function nearestName(typed: string, known: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(word, name.toLowerCase());
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  const allowed = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  if (best !== undefined && best.distance <= allowed && best.distance < word.length) return best.name;
  const prefixed = word.length >= 3 ? known.filter((n) => n.toLowerCase().startsWith(word)) : [];
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** "（您是否想用“x”？）" / " (did you mean "x"?)", or empty texts when nothing is near. */
export function didYouMean(typed: string, known: readonly string[]): Bilingual {
  const near = nearestName(typed, known);
  return near === undefined ? { zh: '', en: '' } : { zh: `（是否想用“${near}”？）`, en: ` (did you mean "${near}"?)` };
}
