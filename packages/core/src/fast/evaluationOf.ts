import { plain, type Dec } from '../arithmetic/decimal.js';
import type { ClassId, EnterpriseResult, Evaluation, IndicatorResult, PoolSummary } from '../types/evaluation.js';
import { decimalText } from './columns.js';
import { exactIndicatorValue } from './exactIndicatorValue.js';
import { CELL_CAPPED, CELL_IMPUTED_AVERAGE, CELL_IMPUTED_ZERO, type ColumnarEvaluation, type ColumnarPool } from './types.js';
import { unitsText } from './unitsText.js';

/**
 * A columnar evaluation as the {@link Evaluation} object `evaluate` returns: results (pools in
 * order, each in rank order), exclusions, every benchmark used, pool summaries, accounting.
 *
 * Cheap at scale: a result's total, shown scores, rank and class are the engine's whole numbers
 * as text; its full-precision figures — `indicators` (value, rawScore: 40-digit decimals) and
 * `rawTotal` — are computed exactly when first read (own enumerable getters that then become plain
 * data, so JSON, spreading and deep equality see them like any field), since most callers read the
 * shown figures only: objects for 10⁵ firms cost a fraction of the evaluation, where computing
 * every 40-digit figure up front cost ten times the evaluation itself.
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

/** What a result's lazy fields are made from, by result object. */
interface Lazy {
  ev: ColumnarEvaluation;
  pool: ColumnarPool;
  member: number;
  raws?: Dec[];
  rawTotal?: string;
}
const lazy = new WeakMap<object, Lazy>();

function exactOf(result: object): Lazy & { raws: Dec[]; rawTotal: string } {
  const l = lazy.get(result) as Lazy;
  if (l.raws === undefined) {
    const r = l.ev.exactRaw(l.pool, l.member);
    l.raws = r.raws;
    l.rawTotal = plain(r.rawTotal);
  }
  return l as Lazy & { raws: Dec[]; rawTotal: string };
}

/** Turns a lazy field into the plain data property it stands for (once read, or when assigned). */
function settle(result: object, key: string, value: unknown): void {
  // A frozen result keeps its getter (which then reads the cached exact figures again).
  if (Object.isFrozen(result)) return;
  Object.defineProperty(result, key, { value, writable: true, enumerable: true, configurable: true });
}

// One getter pair shared by every result (own enumerable accessors, kept in V8's fast mode because
// every object holds the same ones): a result costs about as much as a plain object.
const lazyField = (key: string, make: (l: Lazy & { raws: Dec[]; rawTotal: string }) => unknown): PropertyDescriptor => ({
  enumerable: true,
  configurable: true,
  get(this: object) {
    const value = make(exactOf(this));
    settle(this, key, value);
    return value;
  },
  set(this: object, value: unknown) {
    settle(this, key, value);
  },
});
const INDICATORS = lazyField('indicators', (l) => indicatorResults(l.ev, l.pool, l.member, l.raws));
const RAW_TOTAL = lazyField('rawTotal', (l) => l.rawTotal);

function resultAt(ev: ColumnarEvaluation, pool: ColumnarPool, p: number): EnterpriseResult {
  const { decimals } = ev.scheme.rounding;
  const tiers = ev.scheme.classes.tiers;
  const member = pool.order[p] as number;
  const i = pool.members[member] as number;
  // Field order as always (JSON writers print it): the lazy ones defined in their places.
  const result = {
    creditCode: ev.records.creditCode[i] as string,
    name: ev.records.name[i] as string,
    county: ev.records.county[i] ?? null,
    industryCode: ev.records.industryCode[i] ?? null,
    group: pool.group.id,
    pool: pool.key,
    landMu: decimalText(ev.facts.landMu, i) as string,
  } as EnterpriseResult;
  Object.defineProperty(result, 'indicators', INDICATORS);
  result.adjustments = ev.adjustments.get(i) ?? [];
  Object.defineProperty(result, 'rawTotal', RAW_TOTAL);
  result.total = unitsText(pool.totalUnits[member] as number, decimals);
  result.class = tiers[pool.classIndex[p] as number]!.id as ClassId;
  result.rank = pool.rank[p] as number;
  result.poolSize = pool.members.length;
  if (pool.classBeforeVeto[p] !== pool.classIndex[p]) result.classBeforeVeto = tiers[pool.classBeforeVeto[p] as number]!.id as ClassId;
  lazy.set(result, { ev, pool, member });
  return result;
}

function indicatorResults(ev: ColumnarEvaluation, pool: ColumnarPool, member: number, raws: readonly Dec[]): IndicatorResult[] {
  const { decimals } = ev.scheme.rounding;
  const m = pool.group.indicators.length;
  return pool.group.indicators.map((spec, j): IndicatorResult => {
    const c = member * m + j;
    const flags = pool.cell[c] as number;
    const value = exactIndicatorValue(ev.facts, spec, pool.members[member] as number);
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

/** A pool's size, class counts and the lowest total that reached each class (vetoed firms listed last may be higher: the least seen). */
export function poolSummary(ev: ColumnarEvaluation, pool: ColumnarPool): PoolSummary {
  const { tiers } = ev.scheme.classes;
  const counts: Record<string, number> = Object.fromEntries(tiers.map((t) => [t.id, 0]));
  const lowestTotal: PoolSummary['lowestTotal'] = {};
  const lowest = new Map<ClassId, number>();
  for (let p = 0; p < pool.members.length; p++) {
    const cls = tiers[pool.classIndex[p] as number]!.id as ClassId;
    counts[cls] = (counts[cls] ?? 0) + 1;
    const units = pool.totalUnits[pool.order[p] as number] as number;
    if (!(units >= (lowest.get(cls) ?? Infinity))) {
      lowest.set(cls, units);
      lowestTotal[cls] = unitsText(units, ev.scheme.rounding.decimals);
    }
  }
  const summary: PoolSummary = { pool: pool.key, group: pool.group.id, county: pool.county, size: pool.members.length, counts, lowestTotal };
  if (pool.smallPool !== undefined) summary.smallPool = pool.smallPool;
  return summary;
}
