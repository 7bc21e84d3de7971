import type { Dec } from '../../arithmetic/decimal.js';
import type { Facts } from '../../evaluate/facts.js';
import { cellKind, ruleOf, type CellKind, type FigureSign } from '../../fast/cellKind.js';
import type { Fraction } from '../../evaluate/normalise.js';
import { indicatorFacts } from '../../fast/indicatorFacts.js';
import type { IndicatorSpec, MissingRules } from '../../schema/scheme.js';
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

/** The kind of a firm's cell on an indicator: observed, a missing figure's rule, or a reported 0 denominator. */
export function indicatorCell(spec: Pick<IndicatorSpec, 'id' | 'variant'>, facts: Facts, missing: MissingRules): CellKind {
  const [numName, denName] = indicatorFacts(spec);
  return cellKind(sign(facts[numName]), sign(facts[denName]), ruleOf(missing, numName), ruleOf(missing, denName));
}

function sign(x: Dec | null): FigureSign {
  return x === null ? null : x.gt(0) ? 1 : x.lt(0) ? -1 : 0;
}
