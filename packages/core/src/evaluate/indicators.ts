import type { Dec } from '../arithmetic/decimal.js';
import type { IndicatorSpec } from '../schema/scheme.js';
import type { IndicatorId } from '../types/evaluation.js';
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

type Formula = (f: Facts, variant: IndicatorSpec['variant']) => readonly [Dec | null, Dec | null];

/** DOMAIN.md §3: numerator and denominator of each indicator. */
const FORMULAS: Record<IndicatorId, Formula> = {
  taxPerMu: (f) => [f.tax, f.landMu],
  salesPerMu: (f) => [f.sales, f.landMu],
  valueAddedPerMu: (f) => [f.valueAdded, f.landMu],
  taxPerEnergy: (f) => [f.tax, f.energy],
  taxPerElectricity: (f) => [f.tax, f.electricity],
  valueAddedPerEnergy: (f) => [f.valueAdded, f.energy],
  taxPerEmission: (f) => [f.tax, f.emission],
  valueAddedPerEmission: (f) => [f.valueAdded, f.emission],
  laborProductivity: (f, variant) => [variant === 'sales' ? f.sales : f.valueAdded, f.employees],
  rdIntensity: (f) => [f.rd, f.sales],
};

/**
 * The indicator as a fraction, or null when it is undefined: a missing figure, or a denominator
 * ≤ 0 (no energy, no employees, no emissions …). Undefined values go to the missing-data rule;
 * they never become Infinity or NaN.
 */
export function indicatorFraction(id: IndicatorId, variant: IndicatorSpec['variant'], facts: Facts): Fraction | null {
  const [num, den] = FORMULAS[id](facts, variant);
  if (num === null || den === null || den.lte(0)) return null;
  return { num, den };
}
