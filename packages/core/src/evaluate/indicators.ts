import type { Dec } from '../arithmetic/decimal.js';
import type { IndicatorSpec } from '../schema/scheme.js';
import type { IndicatorId } from '../types/evaluation.js';
import { indicatorFacts } from '../fast/indicatorFacts.js';
import type { Facts } from './facts.js';

/**
 * An indicator value kept as an exact fraction: numerator / denominator, denominator > 0.
 * Ratio scores are computed as weight × num × B.den / (den × B.num), one division, so that
 * scaling a column by k cancels exactly (k·num / k·Σnum) instead of leaving rounding noise.
 */
export interface Fraction {
  num: Dec;
  den: Dec;
}

/**
 * The indicator as a fraction, or null when it is undefined: a missing figure, or a denominator
 * ≤ 0 (no energy, no employees, no emissions …). Undefined values go to the missing-data rule;
 * they never become Infinity or NaN.
 */
export function indicatorFraction(id: IndicatorId, variant: IndicatorSpec['variant'], facts: Facts): Fraction | null {
  const [numName, denName] = indicatorFacts({ id, variant });
  const num = facts[numName];
  const den = facts[denName];
  if (num === null || den === null || den.lte(0)) return null;
  return { num, den };
}
