import { Dec, decOf, plain, sumSorted, ZERO } from '../../arithmetic/decimal.js';
import { CoreError } from '../../errors.js';
import type { IndicatorSpec } from '../../schema/scheme.js';
import type { BenchmarkUsed } from '../../types/evaluation.js';
import { scoreValue, unboundedScore } from '../../evaluate/normalise.js';
import { ruleOf } from '../../fast/cellKind.js';
import { indicatorFacts } from '../../fast/indicatorFacts.js';
import { givenEntry, indicatorContext, type GivenBenchmarks } from './poolBenchmarks.js';
import type { Pool, RowScores } from './row.js';

/**
 * Score every row of one pool on every indicator of its group: the pool's benchmarks (one pass of
 * sums per indicator, or `given`), then each observed value is scored, then a reported 0
 * denominator gets the best observed score (or 0), and a missing figure its rule (zero, or the mean
 * of the observed scores). With `given` benchmarks a
 * partitioned run scores every firm exactly as the single run did.
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
  const { entries, benchmarks, scale } = indicatorContext(pool, spec, j, given);
  const averaging = indicatorFacts(spec).some((figure) => ruleOf(pool.group.missing, figure) === 'poolAverage');
  const observedRaws: Dec[] = [];
  pool.rows.forEach((row, r) => {
    const s = scores[r] as RowScores;
    const bench = benchmarks[r] ?? null;
    s.benchmark.push(bench?.text ?? null);
    const x = row.fractions[j];
    const kind = row.kinds[j];
    if (x == null) {
      s.raw.push(ZERO);
      s.capped.push(false);
      s.imputation.push(kind === 'poolAverage' || kind === 'zero' ? kind : null);
      return;
    }
    const scored = scoreValue(spec.normalisation, weight, x, row.values[j] as Dec, bench?.fraction ?? null, scale);
    s.raw.push(scored.raw);
    s.capped.push(scored.capped);
    s.imputation.push(null);
    observedRaws.push(scored.raw);
  });

  // A positive figure over a reported 0 (no emissions …) is at least as good as any observed value:
  // the method's limit (the weight, 0, the cap, the flat score), or for a ratio without cap the best
  // observed score (the weight when there is none).
  // The best observed score is a pool statistic (bestScore): a partitioned run takes the whole run's.
  let best = observedRaws.reduce<Dec | null>((b, x) => (b === null || x.gt(b) ? x : b), null) ?? weight;
  const needsBest = pool.rows.filter(
    (row, r) => row.kinds[j] === 'best' && unboundedScore(spec.normalisation, weight, benchmarks[r]?.fraction ?? null) === null,
  );
  if (needsBest.length > 0) {
    if (given !== null) {
      const g = givenEntry(given, pool, spec, null).bestScore;
      if (g === undefined)
        throw new CoreError('missing-benchmark', `缺少给定最高分 / options.benchmarks lacks bestScore for pool "${pool.key}", indicator ${spec.id}`);
      best = new Dec(g);
    }
    (entries[0] as BenchmarkUsed).bestScore = plain(best);
  }
  pool.rows.forEach((row, r) => {
    if (row.kinds[j] === 'best') (scores[r] as RowScores).raw[j] = unboundedScore(spec.normalisation, weight, benchmarks[r]?.fraction ?? null) ?? best;
  });
  if (!averaging) return entries;

  // The poolAverage rule: the mean of the observed scores (黄岩 gives a 规上 firm without emission
  // data the 规上 average score on that indicator); 0 when no firm in the pool has the value.
  // Summed in sorted order so the mean never depends on input order.
  let average = observedRaws.length === 0 ? ZERO : sumSorted(observedRaws).div(observedRaws.length);
  const imputing = pool.rows.some((row) => row.kinds[j] === 'poolAverage');
  if (given !== null) {
    const g = givenEntry(given, pool, spec, null).averageScore;
    if (g !== undefined) average = new Dec(g);
    else if (imputing)
      throw new CoreError('missing-benchmark', `缺少给定平均分 / options.benchmarks lacks averageScore for pool "${pool.key}", indicator ${spec.id}`);
  }
  (entries[0] as BenchmarkUsed).averageScore = plain(average);
  if (imputing)
    for (const s of scores) {
      if (s.imputation[j] === 'poolAverage') s.raw[j] = average;
    }
  return entries;
}
