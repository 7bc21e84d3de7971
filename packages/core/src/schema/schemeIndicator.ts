import { z } from 'zod';
import { IndicatorIdSchema, IndustryCodePrefix } from './schemeScope.js';

/** Scheme parts: per-group indicators — normalisation, benchmark, missing-data rule — and group membership. */

export const RatioNormalisation = z
  .strictObject({
    method: z.literal('ratio'),
    capMultiple: z
      .number()
      .positive()
      .optional()
      .describe('Cap the score at capMultiple × weight (2 is used in a Zhejiang evaluation); absent = no cap.'),
    floor: z.number().optional().describe('Lowest score in points (e.g. 0 so negative values never subtract); absent = no floor.'),
  })
  .describe('Ratio to benchmark [src: 黄岩, 淮安]: score = weight × value / benchmark; a benchmark ≤ 0 scores 0.');

export const MinMaxNormalisation = z
  .strictObject({
    method: z.literal('minMax'),
    floorBand: z
      .number()
      .min(0)
      .max(100)
      .default(20)
      .describe('Percent of the weight the pool minimum scores [src: 旌德 2022: 20]: score = weight × (floorBand + (100 − floorBand) × (x − min)/(max − min)) / 100. When all values are equal every firm scores the full weight.'),
  })
  .describe('Min-max within the pool with a floor band (旌德 2022). Uses no benchmark.');

export const LowerIsBetterNormalisation = z
  .strictObject({ method: z.literal('lowerIsBetter') })
  .describe('For intensities where less is better: score = weight/2 × (2 − value/benchmark), 0 when value ≥ 2 × benchmark, weight at value 0 (the benchmark is the average).');

export const PercentileNormalisation = z
  .strictObject({ method: z.literal('percentile') })
  .describe(
    'Percentile rank in the pool [src: an Anhui city ranks 规下 firms by taxPerMu]: score = weight × (below + (equal − 1)/2) / (n − 1) over the n observed values; a single observed value scores the full weight. Uses no benchmark; cannot be reproduced by a partitioned run.',
  );

export const Normalisation = z
  .discriminatedUnion('method', [RatioNormalisation, MinMaxNormalisation, LowerIsBetterNormalisation, PercentileNormalisation])
  .describe('How an indicator value becomes points (DOMAIN.md §4).');
export type Normalisation = z.infer<typeof Normalisation>;

export const FixedBenchmark = z
  .strictObject({
    kind: z.literal('fixed'),
    value: z.number().describe('The published benchmark value, in the indicator’s unit (e.g. 24.097 万元/亩).'),
  })
  .describe('A fixed, published benchmark (e.g. 黄岩 2022).');

export const PoolBenchmark = z
  .strictObject({
    kind: z.literal('pool'),
    method: z
      .enum(['aggregate', 'mean', 'median'])
      .default('aggregate')
      .describe('aggregate = Σ numerator / Σ denominator over the pool (a region’s “average 亩均税收”, the default); mean = mean of the firms’ ratios; median = median of the ratios.'),
    multiple: z.number().positive().default(1).describe('k × the statistic (淮安 2024 uses 2 × the average, so an average firm scores half the weight).'),
  })
  .describe('A benchmark computed from the firms being evaluated in the pool (observed values only).');

const BenchmarkLeaf = z.discriminatedUnion('kind', [FixedBenchmark, PoolBenchmark]);

export const IndustryBenchmark = z
  .strictObject({
    kind: z.literal('byIndustry'),
    industries: z
      .record(IndustryCodePrefix, BenchmarkLeaf)
      .describe('GB/T 4754 code prefix → benchmark. A firm uses its longest matching prefix; a pool statistic is computed over the pool’s firms with that prefix.'),
    otherwise: BenchmarkLeaf.prefault({ kind: 'pool' }).describe('Benchmark for firms matching no prefix; a pool statistic here is computed over the whole pool.'),
  })
  .describe('Industry-specific benchmarks (by GB/T 4754 code).');

export const Benchmark = z
  .discriminatedUnion('kind', [FixedBenchmark, PoolBenchmark, IndustryBenchmark])
  .describe('The benchmark B of ratio and lower-is-better scoring.');
export type Benchmark = z.infer<typeof Benchmark>;
export type BenchmarkLeaf = z.infer<typeof BenchmarkLeaf>;

export const MissingRule = z
  .enum(['zero', 'poolAverage', 'exclude'])
  .describe('When the value is undefined (missing input or zero denominator): zero = score 0; poolAverage = the mean of the observed scores in the pool on this indicator [src: 黄岩]; exclude = the firm is not scored (excluded, reason missing-data).');
export type MissingRule = z.infer<typeof MissingRule>;

export const IndicatorSpec = z
  .strictObject({
    id: IndicatorIdSchema,
    weight: z.number().positive().describe('Weight in points (a group’s weights normally add up to 100).'),
    variant: z
      .enum(['valueAdded', 'sales'])
      .optional()
      .describe('laborProductivity only: value added per employee (default, 黄岩) or sales per employee.'),
    normalisation: Normalisation.prefault({ method: 'ratio' }),
    benchmark: Benchmark.prefault({ kind: 'pool' }).describe('Benchmark B; ignored by minMax and percentile. Default: pool aggregate.'),
    missing: MissingRule.default('zero'),
  })
  .describe('One weighted indicator of a group.');
export type IndicatorSpec = z.infer<typeof IndicatorSpec>;

export const GroupMembership = z
  .strictObject({
    scale: z.enum(['above', 'below', 'any']).default('any').describe('规上 (above), 规下 (below) or any.'),
    keyPolluter: z
      .boolean()
      .optional()
      .describe('true = only firms on the key-polluter list; false = only firms not on it; absent = either.'),
    industryPrefixes: z
      .array(IndustryCodePrefix)
      .optional()
      .describe('Only firms whose industry code starts with one of these (absent = any industry).'),
  })
  .describe('Who belongs to the group. Groups are tried in order (key-polluter groups first when scope.keyPolluterPrecedence); the first match wins.');
export type GroupMembership = z.infer<typeof GroupMembership>;

export const Group = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-" / 小写字母、数字和连字符')
      .describe("Group id: 'above-scale', 'below-scale', 'key-polluter' or a custom slug."),
    name: z.string().min(1).describe('Group name (中文), e.g. 规上工业企业.'),
    nameEn: z.string().min(1).describe('Group name in English.'),
    membership: GroupMembership.prefault({}),
    applyLandThreshold: z
      .boolean()
      .default(true)
      .describe('Apply scope.belowScaleLandThresholdMu to this group’s 规下 members.'),
    indicators: z.array(IndicatorSpec).min(1).describe('Indicators, weights, normalisation, benchmarks, missing-data rules.'),
  })
  .describe('An evaluation group (评价组): its own indicators, weights, benchmarks and class pool.');
export type Group = z.infer<typeof Group>;
