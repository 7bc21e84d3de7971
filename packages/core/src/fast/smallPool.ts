import type { Scheme } from '../schema/scheme.js';
import type { SmallPoolFallback } from '../types/evaluation.js';
import type { PoolScores } from './scoreColumnarPool.js';

/**
 * Pools under the scheme's minimum size (classes.smallPool): a pool of a few firms benchmarked on
 * itself scores near the full weight whatever its figures (one firm alone is its own benchmark), so
 * with benchmarkOn 'group' it is scored together with its whole group — every county's firms — and
 * its own members keep their scores; the class rule gives them the fallback class.
 */

/** The members a small pool is scored with (its group's, rising: asked for only then), or null when it is scored on itself. */
export function smallPoolScoredWith(rule: Scheme['classes']['smallPool'], members: readonly number[], groupOf: () => Int32Array): Int32Array | null {
  if (rule.benchmarkOn !== 'group' || members.length >= rule.minPoolSize) return null;
  const group = groupOf();
  return group.length === members.length ? null : group;
}

/** What a pool's results say about the small-pool rule: absent unless the pool is under the minimum. */
export function smallPoolOf(scheme: Scheme, pool: { members: Int32Array; scoredWith: Int32Array | null }): SmallPoolFallback | undefined {
  const { smallPool, mode } = scheme.classes;
  if (pool.members.length >= smallPool.minPoolSize) return undefined;
  return {
    minPoolSize: smallPool.minPoolSize,
    fallbackClass: mode === 'threshold' ? null : smallPool.fallbackClass,
    benchmarkOn: pool.scoredWith === null ? 'pool' : 'group',
    scoredWith: (pool.scoredWith ?? pool.members).length,
  };
}

/** Where each of `members` (rising) is in `scoredWith` (rising, a superset). */
export function positionsIn(scoredWith: Int32Array, members: Int32Array): Int32Array {
  const at = new Int32Array(members.length);
  for (let k = 0, j = 0; k < members.length; k++) {
    while (scoredWith[j] !== members[k]) j++;
    at[k] = j;
  }
  return at;
}

/** The per-firm parts of indicator scores (cells, values, industry slots, exact raws) of the `kept` positions only. */
export function keptScores<T extends Pick<PoolScores, 'cell' | 'value' | 'indicators' | 'exactRaws'>>(
  scores: T,
  kept: Int32Array,
): Pick<PoolScores, 'cell' | 'value' | 'indicators' | 'exactRaws'> {
  const m = scores.indicators.length;
  const cell = new Uint8Array(kept.length * m);
  const value = new Float64Array(kept.length * m);
  kept.forEach((j, k) => {
    cell.set(scores.cell.subarray(j * m, j * m + m), k * m);
    value.set(scores.value.subarray(j * m, j * m + m), k * m);
  });
  return {
    cell,
    value,
    indicators: scores.indicators.map((ind) => ({ ...ind, slot: ind.slot === null ? null : Uint16Array.from(kept, (j) => ind.slot![j] as number) })),
    exactRaws: (member) => scores.exactRaws(kept[member] as number),
  };
}
