import { Dec, decOf } from '../arithmetic/decimal.js';
import type { Classes } from '../schema/scheme.js';

const COUNTING = {
  round: Dec.ROUND_HALF_UP,
  floor: Dec.ROUND_FLOOR,
  literal: Dec.ROUND_FLOOR,
  ceil: Dec.ROUND_CEIL,
} as const;

/**
 * The small-pool rule made explicit: for a pool of `poolSize` firms, how many firms each class
 * and the classes above it hold (cumulative counts, best class first; the last is the pool size).
 * The firm ranked r goes to the first class k with r ≤ counts[k].
 *
 * c_k = cumulativeShare_k × n rounded by `classes.smallPool.counting` (exact decimal arithmetic):
 * 'round' half-up (default), 'floor', 'ceil', or 'literal' — the first class whose cumulative share
 * is ≥ r/n — which is the same as 'floor' because r ≤ s·n ⇔ r ≤ ⌊s·n⌋ for whole r.
 * Threshold-only tiers (no share) count as the whole pool.
 *
 * Example, A 0.2 / B 0.6 / C 0.95 / D 1, n = 10: round → 2, 6, 10, 10 (9.5 rounds up, so no D);
 * floor → 2, 6, 9, 10. n = 1: round → 0, 1, 1, 1 (the firm is B); floor → 0, 0, 0, 1 (D).
 */
export function quotaCounts(poolSize: number, classes: Classes): number[] {
  const mode = COUNTING[classes.smallPool.counting];
  return classes.tiers.map((tier, k) => {
    if (k === classes.tiers.length - 1 || tier.cumulativeShare === undefined) return poolSize;
    const c = decOf(tier.cumulativeShare).times(poolSize).toDecimalPlaces(0, mode).toNumber();
    return Math.min(poolSize, Math.max(0, c));
  });
}
