import { decOf, plain } from '../../arithmetic/decimal.js';
import { CoreError } from '../../errors.js';
import type { EvaluateOptions } from '../../evaluate/evaluate.js';
import type { EnterpriseRecord } from '../../schema/record.js';
import type { Scheme, SchemeInput } from '../../schema/scheme.js';
import { validateScheme } from '../../schema/validateScheme.js';
import type { BenchmarkUsed, EnterpriseResult, Evaluation, Exclusion, PoolSummary } from '../../types/evaluation.js';
import { effectiveLandMu, prepareFactRules } from '../../evaluate/facts.js';
import { factsOf } from './factsOf.js';
import { indicatorCell, indicatorFraction } from './indicatorFraction.js';
import { normaliseIndustryCode } from '../../evaluate/industryCode.js';
import { landThresholdMu } from '../../evaluate/landThreshold.js';
import { resultsOfPool } from './resultsOfPool.js';
import type { Pool, Row, RowScores } from './row.js';
import { prepareScope, scopeOf } from '../../evaluate/scope.js';
import { benchmarkKey, type GivenBenchmarks } from './poolBenchmarks.js';
import { scorePool } from './scorePool.js';

/**
 * The reference the engine is tested against (test code, not built into the package): the
 * per-record implementation that was `evaluate` before the columnar engine — a record object per
 * firm and decimal.js for every figure, simple enough to read against DOMAIN.md.
 *
 * Evaluate enterprise records under a scheme (DOMAIN.md §2–§5), purely: no I/O, same result for
 * any order of the records. Every record ends up either in `results` or in `excluded` with a
 * reason. Records must satisfy the {@link EnterpriseRecord} schema; the scheme is checked with
 * {@link validateScheme} (a `CoreError` 'invalid-scheme' lists its errors).
 *
 * Pipeline per record: scope (exempt → group → land → land threshold) → indicator values →
 * missing-data 'exclude' → county (none while others have one: excluded, unless blankCounty 'ownPool').
 * Per pool (group × county; a pool under the minimum size with its whole group): one pass of sums for the benchmarks → scores
 * → missing-data rules → bonus/penalty → total rounded once → rank by shown total → class →
 * vetoes.
 */
export function referenceEvaluate(records: readonly EnterpriseRecord[], schemeInput: Scheme | SchemeInput, options: EvaluateOptions = {}): Evaluation {
  const validation = validateScheme(schemeInput);
  if (!validation.success)
    throw new CoreError(
      'invalid-scheme',
      '评价方案无效 / the scheme is invalid',
      validation.error.issues.map((i) => i.message),
    );
  const scheme = validation.data;
  if (options.referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.referenceDate))
    throw new CoreError('invalid-options', `评价基准日应为 YYYY-MM-DD / referenceDate must be YYYY-MM-DD, found "${options.referenceDate}"`);
  const referenceDate = options.referenceDate ?? scheme.scope.referenceDate ?? null;

  const { pools, excluded } = scopeRecords(records, scheme, referenceDate);
  const given: GivenBenchmarks | null =
    options.benchmarks === undefined ? null : new Map(options.benchmarks.map((b) => [benchmarkKey(b.pool, b.indicator, b.industry), b]));

  const results: EnterpriseResult[] = [];
  const benchmarks: BenchmarkUsed[] = [];
  const summaries: PoolSummary[] = [];
  for (const pool of pools) {
    // A pool under the minimum size, benchmarked on its group: scored as the group's firms together, its own keeping their scores.
    const { minPoolSize, benchmarkOn } = scheme.classes.smallPool;
    const groupRows = pools.filter((p) => p.group === pool.group).flatMap((p) => p.rows);
    const onGroup = benchmarkOn === 'group' && pool.rows.length < minPoolSize && groupRows.length > pool.rows.length;
    const scored = onGroup ? scorePool({ ...pool, rows: groupRows }, given) : scorePool(pool, given);
    const scores = onGroup ? pool.rows.map((row) => scored.scores[groupRows.indexOf(row)] as RowScores) : scored.scores;
    const { results: poolResults, summary } = resultsOfPool(pool, scores, scheme);
    if (pool.rows.length < minPoolSize)
      summary.smallPool = {
        minPoolSize,
        fallbackClass: scheme.classes.mode === 'threshold' ? null : scheme.classes.smallPool.fallbackClass,
        benchmarkOn: onGroup ? 'group' : 'pool',
        scoredWith: onGroup ? groupRows.length : pool.rows.length,
      };
    results.push(...poolResults);
    benchmarks.push(...scored.benchmarks);
    summaries.push(summary);
  }
  return {
    schemeId: scheme.id,
    scheme,
    referenceDate,
    results,
    excluded,
    benchmarks,
    pools: summaries,
    accounting: { records: records.length, scored: results.length, excluded: excluded.length },
  };
}

/** Scope every record (DOMAIN.md §2 order) and gather the ones in scope into pools, in a fixed order. */
function scopeRecords(records: readonly EnterpriseRecord[], scheme: Scheme, referenceDate: string | null): { pools: Pool[]; excluded: Exclusion[] } {
  const scope = prepareScope(scheme, referenceDate);
  const factRules = prepareFactRules(scheme);
  const threshold = landThresholdMu(scheme.scope.belowScaleLandThresholdMu);
  const thresholdText = plain(decOf(scheme.scope.belowScaleLandThresholdMu));
  const managedAs = scheme.scope.unratedManagedAs;
  const byKey = new Map<string, Pool>();
  const excluded: Exclusion[] = [];
  // A firm without a county while others have one forms no pool of its own unless the scheme says so.
  const blankCountyExcluded = scheme.classes.poolByCounty && scheme.classes.blankCounty === 'exclude' && records.some((r) => r.county !== undefined);

  records.forEach((record, index) => {
    const exclude = (reason: Exclusion['reason'], detail: string, group?: string) => {
      const e: Exclusion = { creditCode: record.creditCode, name: record.name, reason, detail, index };
      if (group !== undefined) e.group = group;
      const exempt = reason === 'exempt-industry' || reason === 'new-enterprise' || reason === 'construction-period';
      if (exempt && managedAs !== undefined) e.managedAs = managedAs;
      excluded.push(e);
    };
    const industry = record.industryCode === undefined ? '' : normaliseIndustryCode(record.industryCode);
    const outcome = scopeOf(record, industry, scope);
    if (outcome.kind === 'excluded') return exclude(outcome.reason, outcome.detail);
    const { group } = outcome;
    const landMu = effectiveLandMu(record, factRules);
    if (landMu === null || landMu.lte(0)) {
      const found = landMu === null ? '无用地数据 / no land figures' : `${plain(landMu)} 亩`;
      return exclude('invalid-land', `有效用地面积须大于 0 / effective land must be > 0, found ${found}`, group.id);
    }
    if (group.applyLandThreshold && record.scale === 'below' && landMu.lt(threshold))
      return exclude(
        'below-land-threshold',
        `规下企业用地 ${plain(landMu)} 亩低于 ${thresholdText} 亩 / below-scale firm on ${plain(landMu)} mu, under the ${thresholdText} mu threshold`,
        group.id,
      );
    const facts = factsOf(record, landMu, factRules);
    const kinds = group.indicators.map((spec) => indicatorCell(spec, facts, group.missing));
    const fractions = group.indicators.map((spec, j) => (kinds[j] === 'observed' ? indicatorFraction(spec.id, spec.variant, facts) : null));
    const missing = group.indicators.filter((_, j) => kinds[j] === 'exclude').map((spec) => spec.id);
    if (missing.length > 0) return exclude('missing-data', `缺少指标数据 / no value for ${missing.join(', ')} (rule: exclude)`, group.id);
    const values = fractions.map((x) => (x === null ? null : x.num.div(x.den)));
    const scored = group.indicators.findIndex((spec) => spec.id === 'taxPerMu');
    const taxPerMu = scored >= 0 ? null : indicatorFraction('taxPerMu', undefined, facts);
    const row: Row = {
      index,
      record,
      group,
      industry,
      facts,
      fractions,
      values,
      kinds,
      taxPerMu: scored >= 0 ? (values[scored] ?? null) : taxPerMu === null ? null : taxPerMu.num.div(taxPerMu.den),
    };
    const county = scheme.classes.poolByCounty ? (record.county ?? null) : null;
    if (county === null && blankCountyExcluded)
      return exclude('county-missing', '未填县区，而其他企业填有：不属于任何评价池 / no county while other firms have one: in no pool', group.id);
    const key = county === null ? group.id : `${group.id}/${county}`;
    let pool = byKey.get(key);
    if (pool === undefined) byKey.set(key, (pool = { key, group, county, rows: [] }));
    pool.rows.push(row);
  });

  // Pools in scheme group order, then county; rows in credit-code order, so nothing depends on input order.
  const groupOrder = new Map(scheme.groups.map((g, i) => [g.id, i]));
  const pools = [...byKey.values()].sort(
    (a, b) => (groupOrder.get(a.group.id) ?? 0) - (groupOrder.get(b.group.id) ?? 0) || compareText(a.county ?? '', b.county ?? ''),
  );
  for (const pool of pools) pool.rows.sort((a, b) => compareText(a.record.creditCode, b.record.creditCode) || a.index - b.index);
  return { pools, excluded };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
