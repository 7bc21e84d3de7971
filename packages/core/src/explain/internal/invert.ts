import { Dec, decOf, HUNDRED, ONE, ZERO } from '../../arithmetic/decimal.js';
import { scoreValue, type PoolScale } from '../../evaluate/normalise.js';
import type { IndicatorSpec } from '../../schema/scheme.js';
import type { IndicatorPath } from '../types.js';

/** What inverting one indicator's normalisation needs to know. */
export interface InvertInput {
  spec: IndicatorSpec;
  /** The score the indicator must reach, unrounded. */
  neededScore: Dec;
  /** The firm's benchmark on this indicator (ratio, lowerIsBetter); null when none. */
  benchmark: Dec | null;
  /** minMax: the pool's observed minimum and maximum. */
  min: Dec | null;
  max: Dec | null;
  /** percentile: the other firms' observed values in the pool, ascending (an array will do). */
  others: SortedValues;
}

/** Values in ascending order, read by position: an array, or a view that leaves one value out. */
export interface SortedValues {
  readonly length: number;
  at(index: number): Dec | undefined;
}

/** The value (and how to compare with it) that makes the indicator score at least `neededScore`. */
export type Inverted =
  | { reachable: true; value: Dec | null; comparator: IndicatorPath['comparator'] }
  | { reachable: false; blockedBy: NonNullable<IndicatorPath['blockedBy']> };

const DIGITS = 10;

/**
 * The value rounded toward the safe side (up for "at least", down for "at most") to 10 significant
 * digits — then checked with evaluate's own scoring (40 significant digits). A value exactly on the
 * boundary can score a hair under it there (lowerIsBetter rounds x / B, then 2 − x / B: 194.7 against
 * B 99 and w 0.6 scores 0.00999…9, not 0.01), which a rounding mode 'down' shows as one unit less;
 * such a value moves one unit of its 10th digit further to the safe side.
 */
function safe(x: Dec, up: boolean, reaches: (v: Dec) => boolean): Dec {
  let v = x.toSignificantDigits(DIGITS, up ? Dec.ROUND_CEIL : Dec.ROUND_FLOOR);
  // Two steps always suffice: one unit of the 10th digit is ~10^30 times the 40-digit error.
  for (let step = 0; step < 2 && !reaches(v); step++) {
    const unit = new Dec(10).pow((v.isZero() ? 0 : v.e) - (DIGITS - 1));
    v = (up ? v.plus(unit) : v.minus(unit)).toSignificantDigits(DIGITS, up ? Dec.ROUND_CEIL : Dec.ROUND_FLOOR);
  }
  return v;
}

/** Does value v score at least s, computed exactly as evaluate computes it (v as the fraction v / 1)? */
function scoresAtLeast(spec: IndicatorSpec, benchmark: Dec | null, scale: PoolScale, s: Dec): (v: Dec) => boolean {
  const w = decOf(spec.weight);
  const b = benchmark === null ? null : { num: benchmark, den: ONE };
  return (v) => scoreValue(spec.normalisation, w, { num: v, den: ONE }, v, b, scale).raw.gte(s);
}

/**
 * Invert the normalisation of DOMAIN.md §4 for one indicator, the pool held fixed:
 * - ratio: x = B × s / w; not reachable when s exceeds the cap (capMultiple × w) or B ≤ 0.
 * - lowerIsBetter: x = B × (2 − 2s / w), at most; not reachable above w (the score at x ≤ 0).
 * - minMax: x = min + (100 s / w − band) / (100 − band) × (max − min); not reachable above w
 *   (a value beyond the maximum becomes the maximum and scores w).
 * - percentile: the mid-rank needed is s × (n − 1) / w over the n = others + 1 observed values, so
 *   the firm must be strictly above the ⌈s × others / w⌉-th smallest other value; not reachable above w.
 * Values are rounded toward the safe side (up for "at least", down for "at most") to 10 significant
 * digits and checked with evaluate's scoring, so the value given always reaches the score.
 */
export function invert(input: InvertInput): Inverted {
  const { spec, neededScore: s, benchmark: b } = input;
  const w = decOf(spec.weight);
  const n = spec.normalisation;
  // Percentile values are compared, never computed, so its check needs no sorted values.
  const reaches = scoresAtLeast(spec, b, { min: input.min, max: input.max, sorted: [] }, s);
  const atLeast = (x: Dec): Inverted => ({ reachable: true, value: safe(x, true, reaches), comparator: '>=' });
  const atMost = (x: Dec): Inverted => ({ reachable: true, value: safe(x, false, reaches), comparator: '<=' });
  switch (n.method) {
    case 'ratio': {
      if (b === null || b.lte(0)) return { reachable: false, blockedBy: 'no-benchmark' };
      if (n.capMultiple !== undefined && s.gt(w.times(decOf(n.capMultiple)))) return { reachable: false, blockedBy: 'cap' };
      return atLeast(b.times(s).div(w));
    }
    case 'lowerIsBetter': {
      if (s.gt(w)) return { reachable: false, blockedBy: 'max-score' };
      if (b === null || b.lte(0) || s.eq(w)) return atMost(ZERO);
      return atMost(b.times(new Dec(2).minus(s.times(2).div(w))));
    }
    case 'minMax': {
      if (s.gt(w)) return { reachable: false, blockedBy: 'max-score' };
      const { min, max } = input;
      const band = decOf(n.floorBand);
      // Every observed value scores w when the pool's values are all equal or the band is 100.
      if (min === null || max === null || max.lte(min) || band.gte(HUNDRED)) return { reachable: true, value: null, comparator: null };
      const position = s.times(HUNDRED).div(w).minus(band).div(HUNDRED.minus(band));
      const x = min.plus(position.times(max.minus(min)));
      return atLeast(x.lt(min) ? min : x);
    }
    case 'percentile': {
      if (s.gt(w)) return { reachable: false, blockedBy: 'max-score' };
      const count = input.others.length;
      const below = s.times(count).div(w).toDecimalPlaces(0, Dec.ROUND_CEIL).toNumber();
      if (count === 0 || below <= 0) return { reachable: true, value: null, comparator: null };
      return { reachable: true, value: input.others.at(below - 1) as Dec, comparator: '>' };
    }
  }
}
