import { plain } from '../arithmetic/decimal.js';
import type { ClassId, EnterpriseResult, IndicatorResult } from '../types/evaluation.js';
import { decimalText } from './columns.js';
import { CELL_CAPPED, CELL_IMPUTED_AVERAGE, CELL_IMPUTED_ZERO, type ColumnarEvaluation, type ColumnarPool } from './types.js';
import { unitsText } from './unitsText.js';

/**
 * One scored firm of a columnar evaluation as the reference engine's {@link EnterpriseResult},
 * at rank position `p` of `pool`. Total, shown scores, rank, class, capped and imputed come from
 * the fast path; the full-precision figures (value, benchmark, rawScore, rawTotal) are recomputed
 * exactly for this firm. For tests and for callers that want objects for a few firms.
 */
export function columnarResult(ev: ColumnarEvaluation, pool: ColumnarPool, p: number): EnterpriseResult {
  const { decimals } = ev.scheme.rounding;
  const tiers = ev.scheme.classes.tiers;
  const member = pool.order[p] as number;
  const i = pool.members[member] as number;
  const m = pool.group.indicators.length;
  const { raws, rawTotal } = ev.exactRaw(pool, member);
  const indicators = pool.group.indicators.map((spec, j): IndicatorResult => {
    const c = member * m + j;
    const flags = pool.cell[c] as number;
    const value = ev.exactValue(pool, member, j);
    const b = pool.benchmarks[j] ?? null;
    const r: IndicatorResult = {
      id: spec.id,
      value: value === null ? null : plain(value),
      benchmark: b === null ? null : plain(b.num.div(b.den)),
      weight: String(spec.weight),
      rawScore: plain(raws[j]!),
      score: unitsText(pool.shownUnits[c] as number, decimals),
      imputed: (flags & (CELL_IMPUTED_ZERO | CELL_IMPUTED_AVERAGE)) !== 0,
      capped: (flags & CELL_CAPPED) !== 0,
    };
    if (flags & CELL_IMPUTED_ZERO) r.imputation = 'zero';
    if (flags & CELL_IMPUTED_AVERAGE) r.imputation = 'poolAverage';
    return r;
  });
  const cls = tiers[pool.classIndex[p] as number]!.id as ClassId;
  const result: EnterpriseResult = {
    creditCode: ev.records.creditCode[i]!,
    name: ev.records.name[i]!,
    county: ev.records.county[i] ?? null,
    industryCode: ev.records.industryCode[i] ?? null,
    group: pool.group.id,
    pool: pool.key,
    landMu: decimalText(ev.facts.landMu, i)!,
    indicators,
    adjustments: ev.adjustments.get(i) ?? [],
    rawTotal: plain(rawTotal),
    total: unitsText(pool.totalUnits[member] as number, decimals),
    class: cls,
    rank: pool.rank[p] as number,
    poolSize: pool.members.length,
  };
  if (pool.classBeforeVeto[p] !== pool.classIndex[p]) result.classBeforeVeto = tiers[pool.classBeforeVeto[p] as number]!.id as ClassId;
  return result;
}

/** Every scored firm as objects, pools in order and each in rank order — `evaluate(...).results`, equal field for field. */
export function columnarResults(ev: ColumnarEvaluation): EnterpriseResult[] {
  const out: EnterpriseResult[] = [];
  for (const pool of ev.pools) for (let p = 0; p < pool.members.length; p++) out.push(columnarResult(ev, pool, p));
  return out;
}
