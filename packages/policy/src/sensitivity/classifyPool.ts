import type { VetoEffect } from '@mujun/core';
import { placeRanked, type ClassRule } from '@mujun/core/engine';
import type { PoolModel } from './poolModel.js';

/**
 * Ranks one pool by shown total (integer units, exact) and tie-break order, and writes each
 * firm's class index (after vetoes) into `classOf` — core's ClassRule (placeRanked: shared ties
 * taking the better class, vetoed firms leaving the ranking where the scheme says so).
 */
export function classifyPool(
  pool: PoolModel,
  units: Float64Array, // by firm index
  vetoes: readonly (readonly VetoEffect[])[],
  c: ClassRule,
  keys: Float64Array, // scratch, length ≥ pool size
  classOf: Int32Array, // out, by firm index
): void {
  const n = pool.byTieRank.length;
  const order = rankOrder(pool, units, keys);
  placeRanked(
    c,
    pool.quota,
    n,
    (p) => units[order(p)] ?? 0,
    (p) => {
      const v = vetoes[order(p)];
      return v !== undefined && v.length > 0 ? v : undefined;
    },
    (_, p, _rank, _before, after) => {
      classOf[order(p)] = after;
    },
  );
}

/**
 * The firms of a pool in rank order. Fast path: one numeric sort of keys −units·n + tieRank,
 * exact while |units|·n stays below 2⁵²; otherwise a comparator sort.
 */
function rankOrder(pool: PoolModel, units: Float64Array, keys: Float64Array): (p: number) => number {
  const n = pool.byTieRank.length;
  let maxAbs = 0;
  for (let t = 0; t < n; t += 1) maxAbs = Math.max(maxAbs, Math.abs(units[pool.byTieRank[t] ?? 0] ?? 0));
  if ((maxAbs + 1) * n < 2 ** 52) {
    const view = keys.subarray(0, n);
    for (let t = 0; t < n; t += 1) view[t] = -(units[pool.byTieRank[t] ?? 0] ?? 0) * n + t;
    view.sort();
    return (p) => {
      const key = view[p] ?? 0;
      return pool.byTieRank[key - n * Math.floor(key / n)] ?? 0;
    };
  }
  const ranks = Array.from({ length: n }, (_, t) => t);
  ranks.sort((a, b) => (units[pool.byTieRank[b] ?? 0] ?? 0) - (units[pool.byTieRank[a] ?? 0] ?? 0) || a - b);
  return (p) => pool.byTieRank[ranks[p] ?? 0] ?? 0;
}
