import { compareText } from '../../order/compareText.js';
import type { EnterpriseResult, Evaluation } from '../../types/evaluation.js';

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
    list.sort((a, b) => a.rank - b.rank || compareText(a.creditCode, b.creditCode));
    list.forEach((r, i) => position.set(r, i));
  }
  const index: PoolIndex = { byCode, ranked, position };
  cache.set(evaluation, index);
  return index;
}
