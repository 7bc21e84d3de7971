import { compareText } from '../order/compareText.js';
import { Dec, plain } from '../arithmetic/decimal.js';
import { CoreError } from '../errors.js';
import { benchmarkOf, medianOf, type ResolvedBenchmark } from '../evaluate/benchmarkOf.js';
import type { Fraction } from '../evaluate/normalise.js';
import { normaliseIndustryCode } from '../evaluate/industryCode.js';
import type { PoolScale } from '../evaluate/normalise.js';
import type { BenchmarkLeaf, IndicatorSpec } from '../schema/scheme.js';
import type { BenchmarkUsed } from '../types/evaluation.js';
import { decimalValue, exactDecimal, type DecimalColumn } from './columns.js';
import { U } from './decide.js';
import { ExactSum } from './exactSum.js';
import type { IndicatorScoresContext } from './indicatorScores.js';

/** Given benchmarks, keyed by {@link benchmarkKey}. */
export type GivenBenchmarks = ReadonlyMap<string, BenchmarkUsed>;

/** The key of a benchmark: pool, indicator and industry prefix ('' for the whole pool). */
export function benchmarkKey(pool: string, indicator: string, industry: string | null): string {
  return `${pool}\u0000${indicator}\u0000${industry ?? ''}`;
}

/** The given benchmark for a pool, indicator and industry; a missing one is an error, never a silent recomputation. */
export function givenEntry(given: GivenBenchmarks, pool: string, indicator: string, industry: string | null): BenchmarkUsed {
  const found = given.get(benchmarkKey(pool, indicator, industry));
  if (found === undefined)
    throw new CoreError(
      'missing-benchmark',
      `缺少给定基准 / options.benchmarks has no benchmark for pool "${pool}", indicator ${indicator}, industry ${industry ?? '(all)'}`,
    );
  return found;
}

/** One indicator of one pool, everything about the pool that its scores depend on. */
export interface PoolIndicator {
  /** BenchmarkUsed entries: the whole pool's first, then one per industry prefix with members (sorted). */
  entries: BenchmarkUsed[];
  /** Benchmarks by slot (0 = the whole pool, then the entries' industries); empty for the methods that use none. */
  fractions: (Fraction | null)[];
  /** Each slot's benchmark as shown (what a result's `benchmark` says). */
  texts: (string | null)[];
  /** By member: its slot; null when every member uses slot 0. */
  slot: Uint16Array | null;
  /** Observed min / max (minMax) or sorted values (percentile), exact. */
  scale: PoolScale;
}

/** What {@link poolIndicator} reads: the pool, the indicator's columns and which members have a value. */
export interface PoolIndicatorInput extends Pick<IndicatorScoresContext, 'pool' | 'group' | 'industry' | 'given'> {
  members: Int32Array;
  spec: IndicatorSpec;
  num: DecimalColumn;
  den: DecimalColumn;
  /** By member: 1 when the value is defined (both figures, denominator > 0). */
  observed: Uint8Array;
}

/**
 * DOMAIN.md §4 for one indicator of one pool: one pass of exact sums (whole pool and per industry
 * prefix), the observed values where a method needs them, then the benchmarks (or `given`'s, for a
 * partitioned run), min/max or sorted values — the pool statistics every score of the indicator uses.
 */
export function poolIndicator(input: PoolIndicatorInput): PoolIndicator {
  const { pool, group, members, spec, num, den, observed, given } = input;
  const size = members.length;
  const method = spec.normalisation.method;
  const leaves = industryLeaves(spec);
  // Min-max finds its extremes from floats (below); percentile and mean / median leaves need every value.
  const needsValues =
    method === 'percentile' ||
    [spec.benchmark.kind === 'byIndustry' ? spec.benchmark.otherwise : spec.benchmark, ...(leaves?.values() ?? [])].some(
      (l) => l.kind === 'pool' && l.method !== 'aggregate',
    );

  // Members' industry keys (byIndustry only), then one pass of sums per key and for the whole pool.
  const keyOf: (string | null)[] = [];
  const stats = new Map<string | null, Stat>();
  const statOf = (key: string | null): Stat => {
    let s = stats.get(key);
    if (s === undefined) stats.set(key, (s = { num: new ExactSum(), den: new ExactSum(), values: [], observed: 0 }));
    return s;
  };
  const whole = statOf(null);
  for (let k = 0; k < size; k++) {
    const i = members[k] as number;
    const key = leaves === null ? null : longestPrefix(input.industry(i), leaves);
    if (leaves !== null) keyOf.push(key);
    const stat = key === null ? undefined : statOf(key);
    if (observed[k] === 0) continue;
    const value = needsValues ? (exactDecimal(num, i) as Dec).div(exactDecimal(den, i) as Dec) : null;
    count(whole, num, den, i, value);
    if (stat !== undefined) count(stat, num, den, i, value);
  }

  const entry = (industry: string | null): BenchmarkUsed => ({
    pool,
    group,
    indicator: spec.id,
    industry,
    value: '0',
    method,
    observed: (stats.get(industry) as Stat).observed,
  });
  const wholeEntry = entry(null);
  const entries = [wholeEntry];
  const scale: PoolScale = { min: null, max: null, sorted: [] };

  if (method === 'ratio' || method === 'lowerIsBetter') {
    const fractions: (Fraction | null)[] = [];
    const texts: (string | null)[] = [];
    const resolve = (leaf: BenchmarkLeaf, stat: Stat, target: BenchmarkUsed): void => {
      const b =
        leaf.kind === 'pool' && given !== null
          ? fromGiven(givenEntry(given, pool, spec.id, target.industry))
          : benchmarkOf(leaf, { sumNum: stat.num.toDec(), sumDen: stat.den.toDec(), values: stat.values, observed: stat.observed });
      target.method = b.method;
      fractions.push(b.fraction);
      if (b.fraction === null) return void texts.push(null);
      target.value = plain(b.fraction.num.div(b.fraction.den));
      target.numerator = plain(b.fraction.num);
      target.denominator = plain(b.fraction.den);
      texts.push(target.value);
    };
    resolve(spec.benchmark.kind === 'byIndustry' ? spec.benchmark.otherwise : spec.benchmark, whole, wholeEntry);
    let slot: Uint16Array | null = null;
    if (leaves !== null) {
      const keys = [...stats.keys()].filter((k): k is string => k !== null).sort(compareText);
      const slots = new Map(keys.map((k, s) => [k, s + 1]));
      for (const key of keys) {
        const e = entry(key);
        resolve(leaves.get(key) as BenchmarkLeaf, stats.get(key) as Stat, e);
        entries.push(e);
      }
      slot = Uint16Array.from(keyOf, (k) => (k === null ? 0 : (slots.get(k) as number)));
    }
    return { entries, fractions, texts, slot, scale };
  }

  if (method === 'minMax') {
    if (given !== null) {
      const g = givenEntry(given, pool, spec.id, null);
      scale.min = g.min === undefined ? null : new Dec(g.min);
      scale.max = g.max === undefined ? null : new Dec(g.max);
    } else [scale.min, scale.max] = extremes(members, observed, num, den);
    wholeEntry.method = 'min-max';
    if (scale.min !== null) wholeEntry.min = plain(scale.min);
    if (scale.max !== null) wholeEntry.value = wholeEntry.max = plain(scale.max);
  } else {
    // Percentile ranks need the pool's values in order (always this run's: see EvaluateOptions).
    scale.sorted = [...whole.values].sort((a, b) => a.comparedTo(b));
    wholeEntry.value = plain(medianOf(scale.sorted));
  }
  return { entries, fractions: [], texts: [], slot: null, scale };
}

/**
 * The exact smallest and largest observed value (num / den, 40 digits): candidates from floats —
 * each value's float is within 4u of it (two correctly rounded inputs, one division, the 40-digit
 * rounding) — then compared exactly; a value whose float is not a normal number is always a candidate.
 */
function extremes(members: Int32Array, observed: Uint8Array, num: DecimalColumn, den: DecimalColumn): [Dec | null, Dec | null] {
  const size = members.length;
  const lo = new Float64Array(size);
  const hi = new Float64Array(size);
  let minHi = Infinity;
  let maxLo = -Infinity;
  for (let k = 0; k < size; k++) {
    if (!observed[k]) continue;
    const i = members[k] as number;
    const q = decimalValue(num, i) / decimalValue(den, i);
    const a = Math.abs(q);
    const normal = Number.isFinite(q) && (a === 0 || (a > 1e-290 && a < 1e290));
    lo[k] = normal ? q - 4 * U * a : -Infinity;
    hi[k] = normal ? q + 4 * U * a : Infinity;
    if (!(hi[k]! >= minHi)) minHi = hi[k]!;
    if (!(lo[k]! <= maxLo)) maxLo = lo[k]!;
  }
  let min: Dec | null = null;
  let max: Dec | null = null;
  for (let k = 0; k < size; k++) {
    if (!observed[k] || (!(lo[k]! <= minHi) && !(hi[k]! >= maxLo))) continue;
    const i = members[k] as number;
    const v = (exactDecimal(num, i) as Dec).div(exactDecimal(den, i) as Dec);
    if (lo[k]! <= minHi && (min === null || v.lt(min))) min = v;
    if (hi[k]! >= maxLo && (max === null || v.gt(max))) max = v;
  }
  return [min, max];
}

interface Stat {
  num: ExactSum;
  den: ExactSum;
  values: Dec[];
  observed: number;
}

/** Adds cell i (observed; its value when the statistic needs values) to a statistic. */
function count(s: Stat, num: DecimalColumn, den: DecimalColumn, i: number, value: Dec | null): void {
  s.num.add(num, i);
  s.den.add(den, i);
  if (value !== null) s.values.push(value);
  s.observed++;
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

function longestPrefix(industry: string, leaves: Map<string, BenchmarkLeaf>): string | null {
  if (industry === '') return null;
  let best: string | null = null;
  for (const prefix of leaves.keys()) if (industry.startsWith(prefix) && (best === null || prefix.length > best.length)) best = prefix;
  return best;
}
