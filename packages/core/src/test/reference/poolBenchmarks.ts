import { Decimal } from 'decimal.js';
import { Dec, plain } from '../../arithmetic/decimal.js';

const Wide = Decimal.clone({ precision: 1000 });
import { CoreError } from '../../errors.js';
import type { BenchmarkLeaf, IndicatorSpec } from '../../schema/scheme.js';
import type { BenchmarkUsed } from '../../types/evaluation.js';
import { benchmarkOf, medianOf, type IndicatorStat, type ResolvedBenchmark } from '../../evaluate/benchmarkOf.js';
import type { Fraction } from '../../evaluate/normalise.js';
import { normaliseIndustryCode } from '../../evaluate/industryCode.js';
import type { PoolScale } from '../../evaluate/normalise.js';
import type { Pool, Row } from './row.js';

/** Given benchmarks, keyed by {@link benchmarkKey}. */
export type GivenBenchmarks = ReadonlyMap<string, BenchmarkUsed>;

/** The key of a benchmark: pool, indicator and industry prefix ('' for the whole pool). */
export function benchmarkKey(pool: string, indicator: string, industry: string | null): string {
  return `${pool}\u0000${indicator}\u0000${industry ?? ''}`;
}

/** A benchmark as rows use it: the exact fraction and its value as shown (computed once per pool). */
export interface AppliedBenchmark {
  fraction: Fraction | null;
  text: string | null;
}

/** What one pool knows about one indicator before any firm is scored. */
export interface IndicatorContext {
  /** BenchmarkUsed entries: the whole pool's first, then one per industry prefix with members. */
  entries: BenchmarkUsed[];
  /** Each row's benchmark (ratio, lowerIsBetter), null for the methods that use none. */
  benchmarks: (AppliedBenchmark | null)[];
  scale: PoolScale;
}

/**
 * One pass over the pool's observed values of indicator `j` (sums per industry and for the whole
 * pool), then the benchmarks, min/max or sorted values the indicator's method needs — from this
 * pass, or from `given` when a partitioned run supplies them.
 */
export function indicatorContext(pool: Pool, spec: IndicatorSpec, j: number, given: GivenBenchmarks | null): IndicatorContext {
  const leaves = industryLeaves(spec);
  const keys = pool.rows.map((row) => (leaves === null ? null : longestPrefix(row, leaves)));
  const whole = emptyStat();
  const byKey = new Map<string, IndicatorStat>();
  pool.rows.forEach((row, r) => {
    const key = keys[r] ?? null;
    let stat = key === null ? undefined : byKey.get(key);
    if (key !== null && stat === undefined) byKey.set(key, (stat = emptyStat()));
    const x = row.fractions[j];
    if (x == null) return;
    add(whole, x, row.values[j] as Dec);
    if (stat !== undefined) add(stat, x, row.values[j] as Dec);
  });

  const method = spec.normalisation.method;
  const entry = (industry: string | null): BenchmarkUsed => ({
    pool: pool.key,
    group: pool.group.id,
    indicator: spec.id,
    industry,
    value: '0',
    method,
    observed: (industry === null ? whole : (byKey.get(industry) as IndicatorStat)).observed,
  });
  const wholeEntry = entry(null);
  const entries = [wholeEntry];
  const scale: PoolScale = { min: null, max: null, sorted: [] };

  if (method === 'ratio' || method === 'lowerIsBetter') {
    const resolve = (leaf: BenchmarkLeaf, stat: IndicatorStat, target: BenchmarkUsed): AppliedBenchmark => {
      const b = leaf.kind === 'pool' && given !== null ? fromGiven(givenEntry(given, pool, spec, target.industry)) : benchmarkOf(leaf, stat);
      target.method = b.method;
      if (b.fraction === null) return { fraction: null, text: null };
      target.value = plain(b.fraction.num.div(b.fraction.den));
      target.numerator = plain(b.fraction.num);
      target.denominator = plain(b.fraction.den);
      return { fraction: b.fraction, text: target.value };
    };
    const otherwise = spec.benchmark.kind === 'byIndustry' ? spec.benchmark.otherwise : spec.benchmark;
    const wholeBenchmark = resolve(otherwise, whole, wholeEntry);
    const byIndustry = new Map<string, AppliedBenchmark>();
    for (const [key, stat] of [...byKey].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const e = entry(key);
      byIndustry.set(key, resolve(leaves?.get(key) as BenchmarkLeaf, stat, e));
      entries.push(e);
    }
    return { entries, benchmarks: keys.map((key) => (key === null ? undefined : byIndustry.get(key)) ?? wholeBenchmark), scale };
  }

  if (method === 'minMax') {
    if (given !== null) {
      const g = givenEntry(given, pool, spec, null);
      scale.min = g.min === undefined ? null : new Dec(g.min);
      scale.max = g.max === undefined ? null : new Dec(g.max);
    } else
      for (const v of whole.values) {
        if (scale.min === null || v.lt(scale.min)) scale.min = v;
        if (scale.max === null || v.gt(scale.max)) scale.max = v;
      }
    wholeEntry.method = 'min-max';
    if (scale.min !== null) wholeEntry.min = plain(scale.min);
    if (scale.max !== null) wholeEntry.value = wholeEntry.max = plain(scale.max);
  } else {
    // Percentile ranks need the pool's values in order (always this run's: see EvaluateOptions).
    scale.sorted = [...whole.values].sort((a, b) => a.comparedTo(b));
    wholeEntry.value = plain(medianOf(scale.sorted));
  }
  return { entries, benchmarks: keys.map(() => null), scale };
}

/** The given benchmark for a pool, indicator and industry; a missing one is an error, never a silent recomputation. */
export function givenEntry(given: GivenBenchmarks, pool: Pool, spec: IndicatorSpec, industry: string | null): BenchmarkUsed {
  const found = given.get(benchmarkKey(pool.key, spec.id, industry));
  if (found === undefined)
    throw new CoreError(
      'missing-benchmark',
      `缺少给定基准 / options.benchmarks has no benchmark for pool "${pool.key}", indicator ${spec.id}, industry ${industry ?? '(all)'}`,
    );
  return found;
}

function add(stat: IndicatorStat, x: Fraction, value: Dec): void {
  // Sums of figures are exact whatever their width (the engine's rule): added with 1000 digits.
  stat.sumNum = new Dec(new Wide(stat.sumNum.toFixed()).plus(x.num.toFixed()).toFixed());
  stat.sumDen = new Dec(new Wide(stat.sumDen.toFixed()).plus(x.den.toFixed()).toFixed());
  stat.values.push(value);
  stat.observed++;
}

function fromGiven(g: BenchmarkUsed): ResolvedBenchmark {
  // A pool statistic over no observed value has no fraction (the single run shows no benchmark);
  // given back, it stays none rather than becoming 0 / 1.
  if (g.numerator === undefined && g.observed === 0) return { fraction: null, method: g.method };
  const fraction =
    g.numerator !== undefined && g.denominator !== undefined
      ? { num: new Dec(g.numerator), den: new Dec(g.denominator) }
      : { num: new Dec(g.value), den: new Dec(1) };
  return { fraction: fraction.den.gt(0) ? fraction : null, method: g.method };
}

/** Normalised industry prefix → benchmark leaf, for a byIndustry benchmark; null otherwise. */
function industryLeaves(spec: IndicatorSpec): Map<string, BenchmarkLeaf> | null {
  if (spec.benchmark.kind !== 'byIndustry') return null;
  return new Map(Object.entries(spec.benchmark.industries).map(([prefix, leaf]) => [normaliseIndustryCode(prefix), leaf]));
}

function longestPrefix(row: Row, leaves: Map<string, BenchmarkLeaf>): string | null {
  if (row.industry === '') return null;
  let best: string | null = null;
  for (const prefix of leaves.keys()) if (row.industry.startsWith(prefix) && (best === null || prefix.length > best.length)) best = prefix;
  return best;
}

function emptyStat(): IndicatorStat {
  return { sumNum: new Dec(0), sumDen: new Dec(0), values: [], observed: 0 };
}
