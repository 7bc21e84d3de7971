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
 * The last class holds the rest (`smallPool.lastClass` 'rest'), or, with 'ownShare', its own share
 * (1 − the cumulative share above it) × n rounded the same way and counted from the bottom: the
 * class above it then ends at n − that, but never above nor below the classes above it.
 *
 * Example, A 0.2 / B 0.6 / C 0.95 / D 1, n = 10: round → 2, 6, 10, 10 (9.5 rounds up, so no D);
 * floor → 2, 6, 9, 10. n = 1: round → 0, 1, 1, 1 (the firm is B); floor → 0, 0, 0, 1 (D).
 * n = 5, floor: rest → 1, 3, 4, 5 (D = ⌈5% × 5⌉ = 1 firm, 20 %); ownShare → 1, 3, 5, 5 (D = ⌊0.25⌋ = 0).
 */
export function quotaCounts(poolSize: number, classes: Classes): number[] {
  const { counting, lastClass } = classes.smallPool;
  const mode = COUNTING[counting];
  const { tiers } = classes;
  const last = tiers.length - 1;
  const counts = tiers.map((tier, k) => {
    if (k === last || tier.cumulativeShare === undefined) return poolSize;
    const c = decOf(tier.cumulativeShare).times(poolSize).toDecimalPlaces(0, mode).toNumber();
    return Math.min(poolSize, Math.max(0, c));
  });
  const aboveShare = tiers[last - 1]?.cumulativeShare;
  if (lastClass === 'ownShare' && last >= 1 && aboveShare !== undefined) {
    const own = new Dec(1).minus(decOf(aboveShare)).times(poolSize).toDecimalPlaces(0, mode).toNumber();
    const floor = last >= 2 ? (counts[last - 2] as number) : 0;
    counts[last - 1] = Math.min(poolSize, Math.max(floor, poolSize - own));
  }
  return counts;
}
