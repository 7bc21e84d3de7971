import { Dec, decOf, ONE, sumSorted } from '../arithmetic/decimal.js';
import type { BenchmarkLeaf } from '../schema/scheme.js';
import type { Fraction } from './normalise.js';

/** One pass over a pool's observed values of one indicator. */
export interface IndicatorStat {
  sumNum: Dec;
  sumDen: Dec;
  /** Observed values (num / den); kept only when a method needs them. */
  values: Dec[];
  observed: number;
}

/** A resolved benchmark: the exact fraction (null when the pool has no observed value) and how it was made. */
export interface ResolvedBenchmark {
  fraction: Fraction | null;
  method: string;
}

/**
 * DOMAIN.md §4 benchmarks from one pass of sums. aggregate = k × Σ num / Σ den (the pool’s “average
 * 亩均税收”), mean = k × mean of the ratios, median = k × median of the ratios, fixed = the value.
 */
export function benchmarkOf(leaf: BenchmarkLeaf, stat: IndicatorStat): ResolvedBenchmark {
  if (leaf.kind === 'fixed') return { fraction: { num: decOf(leaf.value), den: ONE }, method: 'fixed' };
  const k = decOf(leaf.multiple);
  const method = leaf.multiple === 1 ? leaf.method : `${leaf.multiple} × ${leaf.method}`;
  if (stat.observed === 0 || stat.sumDen.lte(0)) return { fraction: null, method };
  switch (leaf.method) {
    case 'aggregate':
      return { fraction: { num: stat.sumNum.times(k), den: stat.sumDen }, method };
    case 'mean':
      return { fraction: { num: sumSorted(stat.values).times(k), den: new Dec(stat.observed) }, method };
    case 'median':
      return { fraction: { num: medianOf([...stat.values].sort((a, b) => a.comparedTo(b))).times(k), den: ONE }, method };
  }
}

/** Median of ascending values (the mean of the two middle ones for an even count, exact); 0 for none. */
export function medianOf(sorted: readonly Dec[]): Dec {
  if (sorted.length === 0) return new Dec(0);
  const mid = sorted.length >>> 1;
  const upper = sorted[mid] as Dec;
  return sorted.length % 2 === 1 ? upper : upper.plus(sorted[mid - 1] as Dec).div(2);
}
