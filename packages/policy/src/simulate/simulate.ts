import { compare, evaluate, validateScheme } from '@mujun/core';
import type { EnterpriseRecord, Evaluation, SchemeInput } from '@mujun/core';
import { applyPolicies } from '../apply/applyPolicies.js';
import type { ApplyOptions, FirmPolicies } from '../apply/types.js';
import { PolicyCatalog } from '../catalog/catalog.js';
import { catalogChanges, changedMeasureIds } from './catalogChanges.js';
import { fiscalDelta } from './fiscalDelta.js';
import { firmChange, type FirmSide } from './firmChange.js';
import { schemeChanges } from './schemeChanges.js';
import type { FirmChange, SimulationResult, SimulationSide } from './types.js';

const NO_POLICIES: PolicyCatalog = PolicyCatalog.parse({ id: 'none', title: { zh: '无政策', en: 'no policies' }, measures: [] });

/** Looks firms up by credit code (the first entry wins, as in applyPolicies). */
function sides(evaluation: Evaluation, policies: readonly FirmPolicies[]): (code: string) => FirmSide {
  const index = <T extends { creditCode: string }>(xs: readonly T[]) => {
    const map = new Map<string, T>();
    for (const x of xs) if (!map.has(x.creditCode)) map.set(x.creditCode, x);
    return map;
  };
  const results = index(evaluation.results);
  const excluded = index(evaluation.excluded);
  const firms = index(policies);
  return (code) => ({ result: results.get(code), exclusion: excluded.get(code), policies: firms.get(code) });
}

/**
 * Each firm's class when the scenario is classed by the baseline's class rule; null when that
 * mix is not a valid scheme (e.g. the scenario's vetoes need a class the old rule lacks), in
 * which case no move is attributed to the class rule.
 */
function counterfactualClasses(records: readonly EnterpriseRecord[], mixed: SchemeInput): Map<string, string> | null {
  const checked = validateScheme(mixed);
  if (!checked.success) return null;
  try {
    return new Map(evaluate(records, checked.data).results.map((r) => [r.creditCode, r.class]));
  } catch (error: unknown) {
    if (error instanceof Error && error.name === 'CoreError') return null;
    throw error;
  }
}

/**
 * Simulates a change of scheme and/or policies on the same records (情景模拟): both sides are
 * evaluated and their policies applied; the result holds the class migration matrix, the fiscal
 * delta (scenario − baseline), what changed in the scheme and catalog, and every firm whose class,
 * money or measures change, with the reasons — which weight, benchmark, scoring or class rule,
 * or policy measure moved it. Pure, deterministic and independent of the order of the records.
 *
 * @param options - history, year, consumption and new firms, shared by both sides.
 */
export function simulate(
  records: readonly EnterpriseRecord[],
  baseline: SimulationSide,
  scenario: SimulationSide,
  options: Omit<ApplyOptions, 'records' | 'settings'> = {},
): SimulationResult {
  const evalA = evaluate(records, baseline.scheme);
  const evalB = evaluate(records, scenario.scheme);
  const catA = baseline.catalog ?? NO_POLICIES;
  const catB = scenario.catalog ?? NO_POLICIES;
  const polA = applyPolicies(evalA, catA, { ...options, records, ...(baseline.settings ? { settings: baseline.settings } : {}) });
  const polB = applyPolicies(evalB, catB, { ...options, records, ...(scenario.settings ? { settings: scenario.settings } : {}) });
  const sChanges = schemeChanges(evalA.scheme, evalB.scheme);
  const cChanges = catalogChanges(catA, catB, polA.settings, polB.settings);
  const classRuleChanged = sChanges.some((c) => c.kind === 'class-rule');
  // Counterfactual: the scenario scored as it is, classed by the baseline's class rule.
  const classUnderOldRule = classRuleChanged ? counterfactualClasses(records, { ...evalB.scheme, classes: evalA.scheme.classes }) : null;
  const ctx = { schemeChanges: sChanges, classUnderOldRule, changedMeasures: changedMeasureIds(catA, catB, cChanges) };
  const codes = [...new Set([...evalA.results, ...evalA.excluded, ...evalB.results, ...evalB.excluded].map((r) => r.creditCode))].sort();
  const sideA = sides(evalA, polA.firms);
  const sideB = sides(evalB, polB.firms);
  const changes: FirmChange[] = [];
  for (const code of codes) {
    const change = firmChange(code, sideA(code), sideB(code), ctx);
    if (change !== undefined) changes.push(change);
  }
  return {
    baseline: { evaluation: evalA, policies: polA },
    scenario: { evaluation: evalB, policies: polB },
    schemeChanges: sChanges,
    catalogChanges: cChanges,
    migration: compare(evalA, evalB),
    fiscal: fiscalDelta(polA.fiscal, polB.fiscal),
    changes,
  };
}
