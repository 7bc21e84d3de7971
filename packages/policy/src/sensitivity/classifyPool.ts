import type { Scheme } from '@mujun/core';
import { Dec } from '../internal/decimal.js';
import type { PoolModel } from './poolModel.js';

/** A class rule prepared for integer totals (units of the last shown decimal). */
export interface PreparedClasses {
  mode: Scheme['classes']['mode'];
  shared: boolean;
  /** Lowest shown total of each tier in units (⌈minTotal × 10^d⌉), null when the tier has none. */
  minUnits: (number | null)[];
  tierCount: number;
  /** Index of class C (capC veto), −1 when absent. */
  cIndex: number;
}

/** Prepares a scheme's class rule for {@link classifyPool}. */
export function prepareClasses(scheme: Scheme): PreparedClasses {
  const scale = 10 ** scheme.rounding.decimals;
  const { tiers } = scheme.classes;
  return {
    mode: scheme.classes.mode,
    shared: scheme.classes.tieBreak === 'shared',
    minUnits: tiers.map((t) => (t.minTotal === undefined ? null : new Dec(String(t.minTotal)).times(scale).ceil().toNumber())),
    tierCount: tiers.length,
    cIndex: tiers.findIndex((t) => t.id === 'C'),
  };
}

function thresholdClass(units: number, minUnits: readonly (number | null)[]): number {
  const last = minUnits.length - 1;
  for (let k = 0; k < last; k += 1) {
    const min = minUnits[k];
    if (min !== null && min !== undefined && units >= min) return k;
  }
  return last;
}

/**
 * Ranks one pool by shown total (integer units, exact) and tie-break order, and writes each
 * firm's class index (after vetoes) into `classOf` — core's rankPool rule: the worse of the
 * threshold class and the quota class (hybrid), the small-pool fallback, shared ties taking the
 * better class, then vetoes (forceD → last class, capC → no better than C).
 */
export function classifyPool(
  pool: PoolModel,
  units: Float64Array, // by firm index
  vetoes: readonly (readonly ('forceD' | 'capC')[])[],
  c: PreparedClasses,
  keys: Float64Array, // scratch, length ≥ pool size
  classOf: Int32Array, // out, by firm index
): void {
  const n = pool.byTieRank.length;
  const order = rankOrder(pool, units, keys);
  let previousUnits = NaN;
  let previousClass = 0;
  for (let p = 0; p < n; p += 1) {
    const f = order(p);
    const u = units[f] ?? 0;
    let k = 0;
    if (c.mode !== 'quota') k = thresholdClass(u, c.minUnits);
    if (pool.fallbackClass >= 0) k = pool.fallbackClass;
    else if (c.mode !== 'threshold') k = Math.max(k, pool.quotaClassAt[p] ?? 0);
    if (c.shared && p > 0 && u === previousUnits) k = previousClass;
    previousUnits = u;
    previousClass = k;
    let after = k;
    for (const effect of vetoes[f] ?? []) {
      const floor = effect === 'forceD' ? c.tierCount - 1 : c.cIndex;
      if (floor > after) after = floor;
    }
    classOf[f] = after;
  }
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
