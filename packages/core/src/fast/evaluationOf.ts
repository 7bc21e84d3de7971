import { plain, type Dec } from '../arithmetic/decimal.js';
import type { ClassId, EnterpriseResult, Evaluation, IndicatorResult, PoolSummary } from '../types/evaluation.js';
import { decimalText } from './columns.js';
import { CELL_CAPPED, CELL_IMPUTED_AVERAGE, CELL_IMPUTED_ZERO, type ColumnarEvaluation, type ColumnarPool } from './types.js';
import { unitsText } from './unitsText.js';

/**
 * A columnar evaluation as the {@link Evaluation} object `evaluate` returns: results (pools in
 * order, each in rank order), exclusions, every benchmark used, pool summaries, accounting.
 *
 * Cheap at scale: a result's total, shown scores, rank and class are the engine's whole numbers
 * as text; its full-precision figures — `indicators` (value, rawScore: 40-digit decimals) and
 * `rawTotal` — are computed exactly when first read (own enumerable getters, so JSON, spreading
 * and deep equality see them like any field), since most callers read the shown figures only.
 */
export function evaluationOf(ev: ColumnarEvaluation): Evaluation {
  const results: EnterpriseResult[] = [];
  const pools: PoolSummary[] = [];
  for (const pool of ev.pools) {
    pools.push(poolSummary(ev, pool));
    for (let p = 0; p < pool.members.length; p++) results.push(resultAt(ev, pool, p));
  }
  return {
    schemeId: ev.schemeId,
    scheme: ev.scheme,
    referenceDate: ev.referenceDate,
    results,
    excluded: ev.excluded,
    benchmarks: ev.pools.flatMap((pool) => pool.indicators.flatMap((ind) => ind.entries)),
    pools,
    accounting: ev.accounting,
  };
}

function resultAt(ev: ColumnarEvaluation, pool: ColumnarPool, p: number): EnterpriseResult {
  const { decimals } = ev.scheme.rounding;
  const tiers = ev.scheme.classes.tiers;
  const member = pool.order[p] as number;
  const i = pool.members[member] as number;
  let indicators: IndicatorResult[] | undefined;
  let rawTotal: string | undefined;
  let raws: Dec[] | undefined;
  const exact = (): Dec[] => {
    if (raws === undefined) {
      const r = ev.exactRaw(pool, member);
      raws = r.raws;
      rawTotal = plain(r.rawTotal);
    }
    return raws;
  };
  const result: EnterpriseResult = {
    creditCode: ev.records.creditCode[i] as string,
    name: ev.records.name[i] as string,
    county: ev.records.county[i] ?? null,
    industryCode: ev.records.industryCode[i] ?? null,
    group: pool.group.id,
    pool: pool.key,
    landMu: decimalText(ev.facts.landMu, i) as string,
    get indicators(): IndicatorResult[] {
      return (indicators ??= indicatorResults(ev, pool, member, exact()));
    },
    set indicators(v: IndicatorResult[]) {
      indicators = v;
    },
    adjustments: ev.adjustments.get(i) ?? [],
    get rawTotal(): string {
      exact();
      return rawTotal as string;
    },
    set rawTotal(v: string) {
      exact();
      rawTotal = v;
    },
    total: unitsText(pool.totalUnits[member] as number, decimals),
    class: tiers[pool.classIndex[p] as number]!.id as ClassId,
    rank: pool.rank[p] as number,
    poolSize: pool.members.length,
  };
  if (pool.classBeforeVeto[p] !== pool.classIndex[p]) result.classBeforeVeto = tiers[pool.classBeforeVeto[p] as number]!.id as ClassId;
  return result;
}

function indicatorResults(ev: ColumnarEvaluation, pool: ColumnarPool, member: number, raws: readonly Dec[]): IndicatorResult[] {
  const { decimals } = ev.scheme.rounding;
  const m = pool.group.indicators.length;
  return pool.group.indicators.map((spec, j): IndicatorResult => {
    const c = member * m + j;
    const flags = pool.cell[c] as number;
    const value = ev.exactValue(pool, member, j);
    const ind = pool.indicators[j]!;
    const r: IndicatorResult = {
      id: spec.id,
      value: value === null ? null : plain(value),
      benchmark: ind.texts[ind.slot === null ? 0 : (ind.slot[member] as number)] ?? null,
      weight: String(spec.weight),
      rawScore: plain(raws[j] as Dec),
      score: unitsText(pool.shownUnits[c] as number, decimals),
      imputed: (flags & (CELL_IMPUTED_ZERO | CELL_IMPUTED_AVERAGE)) !== 0,
      capped: (flags & CELL_CAPPED) !== 0,
    };
    if (flags & CELL_IMPUTED_ZERO) r.imputation = 'zero';
    if (flags & CELL_IMPUTED_AVERAGE) r.imputation = 'poolAverage';
    return r;
  });
}

/** A pool's size, class counts and the lowest total that reached each class (rank order: the last one seen). */
function poolSummary(ev: ColumnarEvaluation, pool: ColumnarPool): PoolSummary {
  const { tiers } = ev.scheme.classes;
  const counts: Record<string, number> = Object.fromEntries(tiers.map((t) => [t.id, 0]));
  const lowestTotal: PoolSummary['lowestTotal'] = {};
  for (let p = 0; p < pool.members.length; p++) {
    const cls = tiers[pool.classIndex[p] as number]!.id as ClassId;
    counts[cls] = (counts[cls] ?? 0) + 1;
    lowestTotal[cls] = unitsText(pool.totalUnits[pool.order[p] as number] as number, ev.scheme.rounding.decimals);
  }
  return { pool: pool.key, group: pool.group.id, county: pool.county, size: pool.members.length, counts, lowestTotal };
}
