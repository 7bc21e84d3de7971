import { Dec } from '../../arithmetic/decimal.js';
import type { EnterpriseResult, Evaluation } from '../../types/evaluation.js';
import type { SortedValues } from './invert.js';

/**
 * What explain looks up in an evaluation, built once per evaluation and kept in a WeakMap, so
 * explaining every firm of a large pool (a report does) costs O(n log n) in all, not O(n²).
 * The evaluation is never changed; the cache goes when the evaluation does.
 */
export interface PoolIndex {
  /** First scored result per credit code. */
  byCode: Map<string, EnterpriseResult>;
  /** Each pool's results in rank order (credit code between shared ranks). */
  ranked: Map<string, EnterpriseResult[]>;
  /** A result's position in its pool's `ranked` list. */
  position: Map<EnterpriseResult, number>;
  /** Observed values of indicator j in a pool, ascending (percentile); filled on demand. */
  sortedValues(pool: string, j: number): Dec[];
  /**
   * The same values less one equal to `own` (the firm's own value), without copying: a binary
   * search and a view, so each firm costs O(log n) rather than a copy of its pool.
   */
  othersOf(pool: string, j: number, own: string | null): SortedValues;
}

const cache = new WeakMap<Evaluation, PoolIndex>();

export function poolIndex(evaluation: Evaluation): PoolIndex {
  const known = cache.get(evaluation);
  if (known !== undefined) return known;
  const byCode = new Map<string, EnterpriseResult>();
  const ranked = new Map<string, EnterpriseResult[]>();
  for (const r of evaluation.results) {
    if (!byCode.has(r.creditCode)) byCode.set(r.creditCode, r);
    let list = ranked.get(r.pool);
    if (list === undefined) ranked.set(r.pool, (list = []));
    list.push(r);
  }
  const position = new Map<EnterpriseResult, number>();
  for (const list of ranked.values()) {
    list.sort((a, b) => a.rank - b.rank || (a.creditCode < b.creditCode ? -1 : a.creditCode > b.creditCode ? 1 : 0));
    list.forEach((r, i) => position.set(r, i));
  }
  const values = new Map<string, Dec[]>();
  const index: PoolIndex = {
    byCode,
    ranked,
    position,
    sortedValues(pool, j) {
      const key = `${pool}\u0000${j}`;
      let sorted = values.get(key);
      if (sorted === undefined) {
        sorted = (ranked.get(pool) ?? [])
          .map((r) => r.indicators[j]?.value ?? null)
          .filter((v): v is string => v !== null)
          .map((v) => new Dec(v))
          .sort((a, b) => a.comparedTo(b));
        values.set(key, sorted);
      }
      return sorted;
    },
    othersOf(pool, j, own) {
      const sorted = index.sortedValues(pool, j);
      if (own === null) return sorted;
      const value = new Dec(own);
      const at = lowerBound(sorted, value);
      if (at >= sorted.length || !(sorted[at] as Dec).eq(value)) return sorted;
      return { length: sorted.length - 1, at: (k) => sorted[k < at ? k : k + 1] };
    },
  };
  cache.set(evaluation, index);
  return index;
}

/** The first position whose value is ≥ x. */
function lowerBound(sorted: readonly Dec[], x: Dec): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as Dec).lt(x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
