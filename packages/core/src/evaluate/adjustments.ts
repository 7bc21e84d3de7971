import { decOf, fixed, ZERO, type Dec } from '../arithmetic/decimal.js';
import type { EnterpriseRecord } from '../schema/record.js';
import type { Adjustments } from '../schema/scheme.js';
import type { AdjustmentApplied, VetoEffect } from '../types/evaluation.js';

/** What the adjustments did to one firm. */
export interface FirmAdjustments {
  applied: AdjustmentApplied[];
  /** Σ bonus − Σ penalty points. */
  points: Dec;
  vetoes: VetoEffect[];
}

/**
 * Bonus and penalty points and vetoes triggered by the record's flags and violations (one list:
 * a scheme may key a penalty on a recognition flag or a bonus on anything it names). Points are
 * shown with the total's decimals; vetoes carry "0" points.
 */
export function adjustmentsOf(record: EnterpriseRecord, rules: Adjustments, decimals: number): FirmAdjustments {
  const has = (flag: string) => record.flags?.includes(flag) === true || record.violations?.includes(flag) === true;
  const applied: AdjustmentApplied[] = [];
  let points = ZERO;
  for (const rule of rules.bonuses) {
    if (!has(rule.flag)) continue;
    const p = decOf(rule.points);
    points = points.plus(p);
    applied.push({ kind: 'bonus', flag: rule.flag, points: fixed(p, decimals), source: rule.source });
  }
  for (const rule of rules.penalties) {
    if (!has(rule.flag)) continue;
    const p = decOf(rule.points).neg();
    points = points.plus(p);
    applied.push({ kind: 'penalty', flag: rule.flag, points: fixed(p, decimals), source: rule.source });
  }
  const vetoes: VetoEffect[] = [];
  for (const rule of rules.vetoes) {
    if (!has(rule.flag)) continue;
    vetoes.push(rule.effect);
    applied.push({ kind: 'veto', flag: rule.flag, points: '0', effect: rule.effect, source: rule.source });
  }
  return { applied, points, vetoes };
}
