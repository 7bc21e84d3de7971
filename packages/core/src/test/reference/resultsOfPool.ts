import { fixed, plain, roundTo, type Dec } from '../../arithmetic/decimal.js';
import type { Scheme } from '../../schema/scheme.js';
import type { EnterpriseResult, IndicatorResult, PoolSummary } from '../../types/evaluation.js';
import { adjustmentsOf } from '../../evaluate/adjustments.js';
import { splitShown } from '../../evaluate/contributions.js';
import { rankPool, vetoedClass, type Contender } from './rankPool.js';
import type { Pool, RowScores } from './row.js';

/**
 * Turn one pool's raw scores into results: adjustments, the total rounded once, shown
 * contributions that add up to it, rank and class (then vetoes), and the pool summary.
 */
export function resultsOfPool(pool: Pool, scores: readonly RowScores[], scheme: Scheme): { results: EnterpriseResult[]; summary: PoolSummary } {
  const { decimals, mode } = scheme.rounding;
  const { tiers } = scheme.classes;
  const firms = pool.rows.map((row, r) => {
    const s = scores[r] as RowScores;
    const adj = adjustmentsOf(row.record, scheme.adjustments, decimals);
    let rawTotal = adj.points;
    for (const raw of s.raw) rawTotal = rawTotal.plus(raw);
    // Rounded once, here; the shown scores are then split to add up to it (see splitShown).
    const total = roundTo(rawTotal, decimals, mode);
    return { row, s, adj, rawTotal, total };
  });
  const contenders: Contender[] = firms.map(({ row, total, adj }) => ({
    total,
    taxPerMu: row.taxPerMu,
    creditCode: row.record.creditCode,
    index: row.index,
    vetoes: adj.vetoes,
  }));
  const { order, placements } = rankPool(contenders, scheme.classes);

  const counts: Record<string, number> = Object.fromEntries(tiers.map((t) => [t.id, 0]));
  const lowestTotal: PoolSummary['lowestTotal'] = {};
  const results = order.map((i, p) => {
    const { row, s, adj, rawTotal, total } = firms[i] as (typeof firms)[number];
    const placement = placements[p] as (typeof placements)[number];
    const before = placement.classIndex;
    const after = vetoedClass(before, adj.vetoes, tiers);
    const cls = (tiers[after] as (typeof tiers)[number]).id;
    counts[cls] = (counts[cls] ?? 0) + 1;
    const shownTotal = fixed(total, decimals);
    // The least total seen (firms that left the ranking are listed last, whatever their totals).
    const seen = lowestTotal[cls];
    if (seen === undefined || total.lt(seen)) lowestTotal[cls] = shownTotal;
    const result: EnterpriseResult = {
      creditCode: row.record.creditCode,
      name: row.record.name,
      county: row.record.county ?? null,
      industryCode: row.record.industryCode ?? null,
      group: pool.group.id,
      pool: pool.key,
      landMu: plain(row.facts.landMu),
      indicators: indicatorResults(pool, row.values, s, splitShown(s.raw, total.minus(adj.points), decimals), decimals),
      adjustments: adj.applied,
      rawTotal: plain(rawTotal),
      total: shownTotal,
      class: cls,
      rank: placement.rank,
      poolSize: order.length,
    };
    if (after !== before) result.classBeforeVeto = (tiers[before] as (typeof tiers)[number]).id;
    return result;
  });
  return {
    results,
    summary: { pool: pool.key, group: pool.group.id, county: pool.county, size: order.length, counts, lowestTotal },
  };
}

function indicatorResults(pool: Pool, values: readonly (Dec | null)[], s: RowScores, shownScores: readonly Dec[], decimals: number): IndicatorResult[] {
  return pool.group.indicators.map((spec, j) => {
    const value = values[j] ?? null;
    const imputation = s.imputation[j] ?? null;
    const r: IndicatorResult = {
      id: spec.id,
      value: value === null ? null : plain(value),
      benchmark: s.benchmark[j] ?? null,
      weight: String(spec.weight),
      rawScore: plain(s.raw[j] as Dec),
      score: fixed(shownScores[j] as Dec, decimals),
      imputed: imputation !== null,
      capped: s.capped[j] === true,
    };
    if (imputation !== null) r.imputation = imputation;
    return r;
  });
}
