import * as z from 'zod/mini';
import { IndicatorIdSchema, IndustryCodePrefix } from './schemeScope.js';

/** Scheme parts: per-group indicators — normalisation, benchmark, missing-data rule — and group membership. */

export const RatioNormalisation = z
  .strictObject({
    method: z.literal('ratio'),
    capMultiple: z
      .optional(z.number().check(z.positive()))
      .check(z.describe('Cap the score at capMultiple × weight (2 is used in a Zhejiang evaluation); absent = no cap.')),
    floor: z.optional(z.number()).check(z.describe('Lowest score in points (e.g. 0 so negative values never subtract); absent = no floor.')),
  })
  .check(z.describe('Ratio to benchmark [src: 黄岩, 淮安]: score = weight × value / benchmark; a benchmark ≤ 0 scores 0.'));

export const MinMaxNormalisation = z
  .strictObject({
    method: z.literal('minMax'),
    floorBand: z
      ._default(z.number().check(z.gte(0), z.lte(100)), 20)
      .check(
        z.describe(
          'Percent of the weight the pool minimum scores [src: 旌德 2022: 20]: score = weight × (floorBand + (100 − floorBand) × (x − min)/(max − min)) / 100. When all values are equal every firm scores the full weight.',
        ),
      ),
  })
  .check(z.describe('Min-max within the pool with a floor band (旌德 2022). Uses no benchmark.'));

export const LowerIsBetterNormalisation = z
  .strictObject({ method: z.literal('lowerIsBetter') })
  .check(
    z.describe(
      'For intensities where less is better: score = weight/2 × (2 − value/benchmark), 0 when value ≥ 2 × benchmark, weight at value 0 (the benchmark is the average).',
    ),
  );

export const PercentileNormalisation = z
  .strictObject({ method: z.literal('percentile') })
  .check(
    z.describe(
      'Percentile rank in the pool [src: an Anhui city ranks 规下 firms by taxPerMu]: score = weight × (below + (equal − 1)/2) / (n − 1) over the n observed values; a single observed value scores the full weight. Uses no benchmark; cannot be reproduced by a partitioned run.',
    ),
  );

export const Normalisation = z
  .discriminatedUnion('method', [RatioNormalisation, MinMaxNormalisation, LowerIsBetterNormalisation, PercentileNormalisation])
  .check(z.describe('How an indicator value becomes points (DOMAIN.md §4).'));
export type Normalisation = z.infer<typeof Normalisation>;

export const FixedBenchmark = z
  .strictObject({
    kind: z.literal('fixed'),
    value: z.number().check(z.describe('The published benchmark value, in the indicator’s unit (e.g. 24.097 万元/亩).')),
  })
  .check(z.describe('A fixed, published benchmark (e.g. 黄岩 2022).'));

export const PoolBenchmark = z
  .strictObject({
    kind: z.literal('pool'),
    method: z
      ._default(z.enum(['aggregate', 'mean', 'median']), 'aggregate')
      .check(
        z.describe(
          'aggregate = Σ numerator / Σ denominator over the pool (a region’s “average 亩均税收”, the default); mean = mean of the firms’ ratios; median = median of the ratios.',
        ),
      ),
    multiple: z
      ._default(z.number().check(z.positive()), 1)
      .check(z.describe('k × the statistic (淮安 2024 uses 2 × the average, so an average firm scores half the weight).')),
  })
  .check(z.describe('A benchmark computed from the firms being evaluated in the pool (observed values only).'));

const BenchmarkLeaf = z.discriminatedUnion('kind', [FixedBenchmark, PoolBenchmark]);

export const IndustryBenchmark = z
  .strictObject({
    kind: z.literal('byIndustry'),
    industries: z
      .record(IndustryCodePrefix, BenchmarkLeaf)
      .check(
        z.describe(
          'GB/T 4754 code prefix → benchmark. A firm uses its longest matching prefix; a pool statistic is computed over the pool’s firms with that prefix.',
        ),
      ),
    otherwise: z
      .prefault(BenchmarkLeaf, { kind: 'pool' })
      .check(z.describe('Benchmark for firms matching no prefix; a pool statistic here is computed over the whole pool.')),
  })
  .check(z.describe('Industry-specific benchmarks (by GB/T 4754 code).'));

export const Benchmark = z
  .discriminatedUnion('kind', [FixedBenchmark, PoolBenchmark, IndustryBenchmark])
  .check(z.describe('The benchmark B of ratio and lower-is-better scoring.'));
export type Benchmark = z.infer<typeof Benchmark>;
export type BenchmarkLeaf = z.infer<typeof BenchmarkLeaf>;

export const MissingRule = z
  .enum(['zero', 'poolAverage', 'exclude'])
  .check(
    z.describe(
      'When the value is undefined (missing input or zero denominator): zero = score 0; poolAverage = the mean of the observed scores in the pool on this indicator [src: 黄岩]; exclude = the firm is not scored (excluded, reason missing-data).',
    ),
  );
export type MissingRule = z.infer<typeof MissingRule>;

export const IndicatorSpec = z
  .strictObject({
    id: IndicatorIdSchema,
    weight: z.number().check(z.positive(), z.describe('Weight in points (a group’s weights normally add up to 100).')),
    variant: z
      .optional(z.enum(['valueAdded', 'sales']))
      .check(z.describe('laborProductivity only: value added per employee (default, 黄岩) or sales per employee.')),
    normalisation: z.prefault(Normalisation, { method: 'ratio' }),
    benchmark: z.prefault(Benchmark, { kind: 'pool' }).check(z.describe('Benchmark B; ignored by minMax and percentile. Default: pool aggregate.')),
    missing: z._default(MissingRule, 'zero'),
  })
  .check(z.describe('One weighted indicator of a group.'));
export type IndicatorSpec = z.infer<typeof IndicatorSpec>;

export const GroupMembership = z
  .strictObject({
    scale: z._default(z.enum(['above', 'below', 'any']), 'any').check(z.describe('规上 (above), 规下 (below) or any.')),
    keyPolluter: z.optional(z.boolean()).check(z.describe('true = only firms on the key-polluter list; false = only firms not on it; absent = either.')),
    industryPrefixes: z
      .optional(z.array(IndustryCodePrefix))
      .check(z.describe('Only firms whose industry code starts with one of these (absent = any industry).')),
  })
  .check(z.describe('Who belongs to the group. Groups are tried in order (key-polluter groups first when scope.keyPolluterPrecedence); the first match wins.'));
export type GroupMembership = z.infer<typeof GroupMembership>;

export const Group = z
  .strictObject({
    id: z
      .string()
      .check(
        z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-" / 小写字母、数字和连字符'),
        z.describe("Group id: 'above-scale', 'below-scale', 'key-polluter' or a custom slug."),
      ),
    name: z.string().check(z.minLength(1), z.describe('Group name (中文), e.g. 规上工业企业.')),
    nameEn: z.string().check(z.minLength(1), z.describe('Group name in English.')),
    membership: z.prefault(GroupMembership, {}),
    applyLandThreshold: z._default(z.boolean(), true).check(z.describe('Apply scope.belowScaleLandThresholdMu to this group’s 规下 members.')),
    indicators: z.array(IndicatorSpec).check(z.minLength(1), z.describe('Indicators, weights, normalisation, benchmarks, missing-data rules.')),
  })
  .check(z.describe('An evaluation group (评价组): its own indicators, weights, benchmarks and class pool.'));
export type Group = z.infer<typeof Group>;
