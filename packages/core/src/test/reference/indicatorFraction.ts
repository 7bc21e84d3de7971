import type { Facts } from '../../evaluate/facts.js';
import type { Fraction } from '../../evaluate/normalise.js';
import { indicatorFacts } from '../../fast/indicatorFacts.js';
import type { IndicatorSpec } from '../../schema/scheme.js';
import type { IndicatorId } from '../../types/evaluation.js';

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
