import { Dec, decOf, plain, sumSorted, ZERO } from '../arithmetic/decimal.js';
import { CoreError } from '../errors.js';
import type { BenchmarkLeaf, IndicatorSpec } from '../schema/scheme.js';
import type { BenchmarkUsed } from '../types/evaluation.js';
import { benchmarkOf, emptyStat, medianOf, type IndicatorStat, type ResolvedBenchmark } from './benchmarkOf.js';
import type { Fraction } from './indicators.js';
import { normaliseIndustryCode } from './industryCode.js';
import { scoreValue, type PoolScale } from './normalise.js';
import type { Pool, Row, RowScores } from './row.js';

/** A benchmark as rows use it: the exact fraction and its value as shown (computed once per pool). */
interface Applied {
  fraction: Fraction | null;
  text: string | null;
}

/** Given benchmarks, keyed by {@link benchmarkKey}. */
export type GivenBenchmarks = ReadonlyMap<string, BenchmarkUsed>;

/** The key of a benchmark: pool, indicator and industry prefix ('' for the whole pool). */
export function benchmarkKey(pool: string, indicator: string, industry: string | null): string {
  return `${pool}\u0000${indicator}\u0000${industry ?? ''}`;
}

/**
 * Score every row of one pool on every indicator of its group: one pass of sums per indicator
 * (benchmarks, min/max, sorted values), then each observed value is scored, then missing values
 * get the indicator's rule (zero, or the mean of the observed scores). With `given` benchmarks the
 * pool statistics are taken from them instead, so a partitioned run scores exactly like one run.
 */
export function scorePool(pool: Pool, given: GivenBenchmarks | null): { scores: RowScores[]; benchmarks: BenchmarkUsed[] } {
  const scores: RowScores[] = pool.rows.map(() => ({ raw: [], capped: [], imputation: [], benchmark: [] }));
  const benchmarks: BenchmarkUsed[] = [];
  pool.group.indicators.forEach((spec, j) => {
    benchmarks.push(...scoreIndicator(pool, spec, j, given, scores));
  });
  return { scores, benchmarks };
}

function scoreIndicator(pool: Pool, spec: IndicatorSpec, j: number, given: GivenBenchmarks | null, scores: RowScores[]): BenchmarkUsed[] {
  const weight = decOf(spec.weight);
  const leaves = industryLeaves(spec);
  const keys = pool.rows.map((row) => (leaves === null ? null : longestPrefix(row, leaves)));
  const whole = emptyStat();
  const byKey = new Map<string, IndicatorStat>();
  pool.rows.forEach((row, r) => {
    const key = keys[r] ?? null;
    if (key !== null && !byKey.has(key)) byKey.set(key, emptyStat());
    const x = row.fractions[j];
    if (x == null) return;
    add(whole, x, row.values[j] as Dec);
    if (key !== null) add(byKey.get(key) as IndicatorStat, x, row.values[j] as Dec);
  });

  const method = spec.normalisation.method;
  const usesBenchmark = method === 'ratio' || method === 'lowerIsBetter';
  const entry = (industry: string | null): BenchmarkUsed => ({
    pool: pool.key,
    group: pool.group.id,
    indicator: spec.id,
    industry,
    value: '0',
    method,
  });
  const lookup = (industry: string | null): BenchmarkUsed => {
    const found = given?.get(benchmarkKey(pool.key, spec.id, industry));
    if (found === undefined)
      throw new CoreError(
        'missing-benchmark',
        `缺少给定基准 / options.benchmarks has no benchmark for pool "${pool.key}", indicator ${spec.id}, industry ${industry ?? '(all)'}`,
      );
    return found;
  };

  // The whole pool's entry, and one per industry prefix that has members in the pool.
  const wholeEntry = entry(null);
  const entries: BenchmarkUsed[] = [wholeEntry];
  const resolved = new Map<string, Applied>();
  let wholeResolved: Applied | null = null;
  if (usesBenchmark) {
    const resolve = (leaf: BenchmarkLeaf, stat: IndicatorStat, industry: string | null, target: BenchmarkUsed): Applied => {
      const b = leaf.kind === 'pool' && given !== null ? fromGiven(lookup(industry)) : benchmarkOf(leaf, stat);
      fillEntry(target, b, stat);
      return { fraction: b.fraction, text: b.fraction === null ? null : target.value };
    };
    const otherwise = spec.benchmark.kind === 'byIndustry' ? spec.benchmark.otherwise : spec.benchmark;
    wholeResolved = resolve(otherwise, whole, null, wholeEntry);
    for (const [key, stat] of [...byKey].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const e = entry(key);
      resolved.set(key, resolve(leaves?.get(key) as BenchmarkLeaf, stat, key, e));
      entries.push(e);
    }
  }

  // Sorting is n log n decimal comparisons, so only percentile pays for it; min-max needs one scan.
  const sorted = method === 'percentile' ? [...whole.values].sort((a, b) => a.comparedTo(b)) : [];
  const scale: PoolScale = { min: null, max: null, sorted };
  if (method === 'minMax')
    for (const v of whole.values) {
      if (scale.min === null || v.lt(scale.min)) scale.min = v;
      if (scale.max === null || v.gt(scale.max)) scale.max = v;
    }
  if (method === 'minMax') {
    if (given !== null) {
      const g = lookup(null);
      scale.min = g.min === undefined ? null : new Dec(g.min);
      scale.max = g.max === undefined ? null : new Dec(g.max);
    }
    wholeEntry.method = 'min-max';
    wholeEntry.value = scale.max === null ? '0' : plain(scale.max);
    if (scale.min !== null) wholeEntry.min = plain(scale.min);
    if (scale.max !== null) wholeEntry.max = plain(scale.max);
    wholeEntry.observed = whole.observed;
  } else if (method === 'percentile') {
    wholeEntry.value = plain(medianOf(sorted));
    wholeEntry.observed = whole.observed;
  }

  const observedRaws: Dec[] = [];
  pool.rows.forEach((row, r) => {
    const x = row.fractions[j];
    const key = keys[r] ?? null;
    const bench = usesBenchmark ? ((key === null ? null : resolved.get(key)) ?? wholeResolved) : null;
    const s = scores[r] as RowScores;
    s.benchmark.push(bench?.text ?? null);
    if (x == null) {
      s.raw.push(ZERO);
      s.capped.push(false);
      s.imputation.push(spec.missing === 'poolAverage' ? 'poolAverage' : 'zero');
      return;
    }
    const scored = scoreValue(spec.normalisation, weight, x, row.values[j] as Dec, bench?.fraction ?? null, scale);
    s.raw.push(scored.raw);
    s.capped.push(scored.capped);
    s.imputation.push(null);
    if (spec.missing === 'poolAverage') observedRaws.push(scored.raw);
  });

  // The poolAverage rule: the mean of the observed scores (黄岩 gives a 规上 firm without emission
  // data the 规上 average score on that indicator); 0 when no firm in the pool has the value.
  if (spec.missing !== 'poolAverage') return entries;
  let average = observedRaws.length === 0 ? ZERO : sumSorted(observedRaws).div(observedRaws.length);
  const needsAverage = observedRaws.length < pool.rows.length;
  if (given !== null) {
    const g = lookup(null).averageScore;
    if (g !== undefined) average = new Dec(g);
    else if (needsAverage)
      throw new CoreError('missing-benchmark', `缺少给定平均分 / options.benchmarks lacks averageScore for pool "${pool.key}", indicator ${spec.id}`);
  }
  wholeEntry.averageScore = plain(average);
  if (needsAverage)
    scores.forEach((s) => {
      if (s.imputation[j] === 'poolAverage') s.raw[j] = average;
    });
  return entries;
}

function add(stat: IndicatorStat, x: Fraction, value: Dec): void {
  stat.sumNum = stat.sumNum.plus(x.num);
  stat.sumDen = stat.sumDen.plus(x.den);
  stat.values.push(value);
  stat.observed++;
}

function fillEntry(target: BenchmarkUsed, b: ResolvedBenchmark, stat: IndicatorStat): void {
  target.method = b.method;
  target.observed = stat.observed;
  if (b.fraction === null) return;
  target.value = plain(b.fraction.num.div(b.fraction.den));
  target.numerator = plain(b.fraction.num);
  target.denominator = plain(b.fraction.den);
}

function fromGiven(g: BenchmarkUsed): ResolvedBenchmark {
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
  let best: string | null = null;
  if (row.industry === '') return null;
  for (const prefix of leaves.keys()) if (row.industry.startsWith(prefix) && (best === null || prefix.length > best.length)) best = prefix;
  return best;
}
