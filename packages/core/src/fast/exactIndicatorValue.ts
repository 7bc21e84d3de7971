import type { Dec } from '../arithmetic/decimal.js';
import { indicatorFraction } from '../evaluate/indicators.js';
import type { IndicatorSpec } from '../schema/scheme.js';
import { factsAt, type FactColumns } from './factColumns.js';

/**
 * The exact value of one indicator for record i (the reference engine's `value`: its 40-digit
 * quotient), from fact columns alone; null when undefined. What a writer needs for the rare value
 * the float cannot print, also in a thread that has the fact columns but not the evaluation.
 */
export function exactIndicatorValue(facts: FactColumns, spec: Pick<IndicatorSpec, 'id' | 'variant'>, i: number): Dec | null {
  const x = indicatorFraction(spec.id, spec.variant, factsAt(facts, i));
  return x === null ? null : x.num.div(x.den);
}
