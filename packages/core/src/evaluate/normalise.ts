import { Dec, decOf, HUNDRED, ZERO } from '../arithmetic/decimal.js';
import type { Normalisation } from '../schema/scheme.js';

/**
 * An indicator value kept as an exact fraction: numerator / denominator, denominator > 0.
 * Ratio scores are computed as weight × num × B.den / (den × B.num), one division, so that
 * scaling a column by k cancels exactly (k·num / k·Σnum) instead of leaving rounding noise.
 */
export interface Fraction {
  num: Dec;
  den: Dec;
}

/** What a pool knows about one indicator, for the methods that score against the pool. */
export interface PoolScale {
  /** Observed minimum and maximum (minMax). */
  min: Dec | null;
  max: Dec | null;
  /** Observed values in ascending order (percentile). */
  sorted: readonly Dec[];
}

/** A raw (unrounded) indicator score and whether the cap bound it. */
export interface RawScore {
  raw: Dec;
  capped: boolean;
}

/**
 * DOMAIN.md §4: one observed value's score in points, full precision.
 * `x` is the value as an exact fraction, `q` the same value as a decimal (x.num / x.den),
 * `benchmark` the benchmark B (ratio, lowerIsBetter; null when the pool has none).
 */
export function scoreValue(n: Normalisation, weight: Dec, x: Fraction, q: Dec, benchmark: Fraction | null, pool: PoolScale): RawScore {
  switch (n.method) {
    case 'ratio':
      return ratioScore(n, weight, x, benchmark);
    case 'lowerIsBetter':
      return { raw: lowerIsBetterScore(weight, x, q, benchmark), capped: false };
    case 'minMax':
      return { raw: minMaxScore(decOf(n.floorBand), weight, q, pool.min, pool.max), capped: false };
    case 'percentile':
      return { raw: percentileScore(weight, q, pool.sorted), capped: false };
  }
}

/**
 * The score of an unbounded value — a positive figure over a reported 0 (no emissions, no energy):
 * the limit of the method as the denominator goes to 0. minMax and percentile: the weight (above
 * every value); lowerIsBetter: 0 (beyond twice any benchmark); ratio with B ≤ 0: the flat score;
 * ratio with a cap: the cap. Null for ratio without cap, whose limit is infinite: the caller then
 * uses the pool's best observed score (so the firm never scores below one with a tiny figure).
 */
export function unboundedScore(n: Normalisation, weight: Dec, benchmark: Fraction | null): Dec | null {
  switch (n.method) {
    case 'minMax':
    case 'percentile':
      return weight;
    case 'lowerIsBetter':
      return ZERO;
    case 'ratio':
      if (benchmark === null || benchmark.num.lte(0)) return floorAt(ZERO, n.floor);
      return n.capMultiple === undefined ? null : floorAt(weight.times(decOf(n.capMultiple)), n.floor);
  }
}

/** w × x / B in one division; B ≤ 0 (e.g. a pool that paid no tax) scores 0. Then cap, then floor. */
function ratioScore(n: Extract<Normalisation, { method: 'ratio' }>, weight: Dec, x: Fraction, b: Fraction | null): RawScore {
  if (b === null || b.num.lte(0)) return { raw: floorAt(ZERO, n.floor), capped: false };
  let raw = weight.times(x.num).times(b.den).div(x.den.times(b.num));
  let capped = false;
  if (n.capMultiple !== undefined) {
    const cap = weight.times(decOf(n.capMultiple));
    if (raw.gt(cap)) {
      raw = cap;
      capped = true;
    }
  }
  return { raw: floorAt(raw, n.floor), capped };
}

function floorAt(raw: Dec, floor: number | undefined): Dec {
  return floor !== undefined && raw.lt(decOf(floor)) ? decOf(floor) : raw;
}

/**
 * w/2 × (2 − x/B): the average scores half the weight, 0 at twice the average or more, the full
 * weight at 0 (also the most a negative value can score). With B ≤ 0 a value ≤ 0 scores w, else 0.
 */
function lowerIsBetterScore(weight: Dec, x: Fraction, q: Dec, b: Fraction | null): Dec {
  if (b === null || b.num.lte(0)) return q.lte(0) ? weight : ZERO;
  const t = x.num.times(b.den).div(x.den.times(b.num));
  if (t.gte(2)) return ZERO;
  if (t.lte(0)) return weight;
  return weight.div(2).times(new Dec(2).minus(t));
}

/** 旌德 2022: w × (band + (100 − band) × (x − min)/(max − min)) / 100; all values equal → w. */
function minMaxScore(band: Dec, weight: Dec, q: Dec, min: Dec | null, max: Dec | null): Dec {
  if (min === null || max === null || max.lte(min)) return weight;
  const position = q.minus(min).div(max.minus(min));
  return weight.times(band.plus(HUNDRED.minus(band).times(position))).div(HUNDRED);
}

/** w × (below + (equal − 1)/2) / (n − 1): the top value scores w, the bottom 0, ties the mid-rank. */
function percentileScore(weight: Dec, q: Dec, sorted: readonly Dec[]): Dec {
  const n = sorted.length;
  if (n <= 1) return weight;
  const below = countBelow(sorted, q, false);
  const equal = countBelow(sorted, q, true) - below;
  const midRank = new Dec(below).plus(new Dec(equal - 1).div(2));
  return weight.times(midRank).div(n - 1);
}

/** How many sorted values are < q (or ≤ q when `orEqual`), by binary search. */
function countBelow(sorted: readonly Dec[], q: Dec, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = (sorted[mid] as Dec).comparedTo(q);
    if (c < 0 || (orEqual && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
