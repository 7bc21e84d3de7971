import type { PolicyCatalog } from '../catalog/catalog.js';
import { Dec } from '@mujun/core/engine';
import type { AppliedMeasure, SkippedMeasure } from './types.js';

/** Which measures co-apply on one firm, and why the others do not. */
export interface Combination {
  kept: AppliedMeasure[];
  skipped: SkippedMeasure[];
}

/** A catalog's combination rules, prepared once per run. */
export interface CombinationRules {
  /** Symmetric exclusivity pairs, as "a|b" keys. */
  pairs: Set<string>;
  /** Measure id → its combination group, when it has one. */
  groupOf: Map<string, string | undefined>;
  /** Ids of the "highest applies" groups. */
  highest: Set<string>;
}

/** Prepares a catalog's combination groups and exclusivity pairs. */
export function combinationRules(catalog: PolicyCatalog): CombinationRules {
  const pairs = new Set<string>();
  for (const m of catalog.measures) {
    for (const other of m.exclusiveWith ?? []) {
      pairs.add(`${m.id}|${other}`);
      pairs.add(`${other}|${m.id}`);
    }
  }
  return {
    pairs,
    groupOf: new Map(catalog.measures.map((m) => [m.id, m.combinationGroup])),
    highest: new Set(catalog.combinationGroups.filter((g) => g.rule === 'highest').map((g) => g.id)),
  };
}

/**
 * Combines the priced measures a firm qualifies for (given in catalog order): first, within
 * each "highest applies" group only the largest amount stays (a tie goes to the measure listed
 * first); then, walking in catalog order, a measure exclusive with one already kept is dropped.
 * Measures outside any group, or in a "stack" group, all stay.
 */
export function combineMeasures(candidates: readonly AppliedMeasure[], rules: CombinationRules): Combination {
  const { pairs, groupOf, highest } = rules;
  const winners = new Map<string, AppliedMeasure>();
  for (const c of candidates) {
    const g = groupOf.get(c.measureId);
    if (g === undefined || !highest.has(g)) continue;
    const best = winners.get(g);
    if (best === undefined || new Dec(c.amount ?? 0).gt(best.amount ?? 0)) winners.set(g, c);
  }
  const kept: AppliedMeasure[] = [];
  const skipped: SkippedMeasure[] = [];
  for (const c of candidates) {
    const g = groupOf.get(c.measureId);
    const winner = g === undefined ? undefined : winners.get(g);
    if (winner !== undefined && winner !== c) {
      skipped.push({
        measureId: c.measureId,
        reason: 'superseded',
        by: winner.measureId,
        detail: `不叠加，就高执行：${winner.measureId} 更高（${winner.amount} ≥ ${c.amount} 元） / not stacked: ${winner.measureId} is higher (${winner.amount} ≥ ${c.amount} yuan)`,
      });
      continue;
    }
    const rival = kept.find((k) => pairs.has(`${k.measureId}|${c.measureId}`));
    if (rival !== undefined) {
      skipped.push({
        measureId: c.measureId,
        reason: 'exclusive',
        by: rival.measureId,
        detail: `与目录中排在前面的 ${rival.measureId} 互斥 / exclusive with ${rival.measureId}, which the catalog lists first`,
      });
      continue;
    }
    kept.push(c);
  }
  return { kept, skipped };
}
