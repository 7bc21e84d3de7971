import type { Dec } from '../arithmetic/decimal.js';
import type { IndicatorSpec } from '../schema/scheme.js';
import { exactDecimal, isPositive } from './columns.js';
import type { FactColumns } from './factColumns.js';
import { indicatorFacts } from './indicatorFacts.js';

/**
 * The exact value of one indicator for record i (its 40-digit quotient, a result's `value`), from
 * fact columns alone; null when undefined (a figure missing, or a denominator ≤ 0). What a writer
 * needs for the rare value the float cannot print, also in a thread that has only the fact columns.
 */
export function exactIndicatorValue(facts: FactColumns, spec: Pick<IndicatorSpec, 'id' | 'variant'>, i: number): Dec | null {
  const [numName, denName] = indicatorFacts(spec);
  const num = exactDecimal(facts[numName], i);
  if (num === null || !isPositive(facts[denName], i)) return null;
  return num.div(exactDecimal(facts[denName], i) as Dec);
}
