import { exactIndicatorValue, type ColumnarEvaluation, type EnterpriseResult, type IndicatorResult } from '@mujun/core';
import { decimalText, unitsText, CELL_IMPUTED_AVERAGE, CELL_IMPUTED_ZERO } from '@mujun/core/engine';
import { shownValue } from '../score/shownValue.js';

/** One indicator of one result in the JSON output. */
export interface IndicatorJson extends Pick<IndicatorResult, 'score' | 'imputed' | 'benchmark' | 'weight'> {
  id: string;
  /** As the results table shows it (resultsLayout's `six-digits`); null when undefined (imputed). */
  value: string | null;
}

/** One scored enterprise in the JSON output. */
export interface ResultJson extends Pick<EnterpriseResult, 'creditCode' | 'name' | 'group' | 'county' | 'pool' | 'total' | 'rank' | 'poolSize' | 'landMu'> {
  class: string;
  indicators: IndicatorJson[];
  adjustments: { kind: string; flag: string; points: string; effect?: string }[];
}

/**
 * The scored enterprises of a columnar evaluation as the JSON output lists them — pools in the
 * engine's order, each in rank order — made one at a time from the columns, each figure shown as
 * the results table shows it (table/resultsLayout): totals and scores to the scheme's decimals,
 * land as its exact decimal, indicator values to six significant digits (decided from the float,
 * the exact value asked for only when the float cannot decide).
 */
export function* jsonResults(ev: ColumnarEvaluation): Generator<ResultJson> {
  const { decimals } = ev.scheme.rounding;
  const tiers = ev.scheme.classes.tiers;
  const { records, facts } = ev;
  for (const pool of ev.pools) {
    const specs = pool.group.indicators;
    const m = specs.length;
    const weights = specs.map((s) => String(s.weight));
    for (let p = 0; p < pool.members.length; p++) {
      const member = pool.order[p] as number;
      const i = pool.members[member] as number;
      const indicators: IndicatorJson[] = [];
      for (let j = 0; j < m; j++) {
        const c = member * m + j;
        const flags = pool.cell[c] as number;
        const ind = pool.indicators[j]!;
        const spec = specs[j]!;
        const value = shownValue(pool.value[c] as number, () => exactIndicatorValue(facts, spec, i));
        indicators.push({
          id: spec.id,
          value: value === '' ? null : value,
          score: unitsText(pool.shownUnits[c] as number, decimals),
          imputed: (flags & (CELL_IMPUTED_ZERO | CELL_IMPUTED_AVERAGE)) !== 0,
          benchmark: ind.texts[ind.slot === null ? 0 : (ind.slot[member] as number)] ?? null,
          weight: weights[j] as string,
        });
      }
      yield {
        creditCode: records.creditCode[i] as string,
        name: records.name[i] as string,
        group: pool.group.id,
        county: records.county[i] ?? null,
        pool: pool.key,
        total: unitsText(pool.totalUnits[member] as number, decimals),
        class: tiers[pool.classIndex[p] as number]!.id,
        rank: pool.rank[p] as number,
        poolSize: pool.members.length,
        landMu: decimalText(facts.landMu, i) as string,
        indicators,
        adjustments: (ev.adjustments.get(i) ?? []).map((a) => ({ kind: a.kind, flag: a.flag, points: a.points, ...(a.effect ? { effect: a.effect } : {}) })),
      };
    }
  }
}
