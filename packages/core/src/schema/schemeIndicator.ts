import * as z from 'zod/mini';
import type { Described } from './described.js';
import { IndicatorIdSchema, IndustryCodePrefix } from './schemeScope.js';

/** Scheme parts: per-group indicators — normalisation, benchmark, missing-data rule — and group membership. */

const RatioNormalisation = z.strictObject({
  method: z.literal('ratio'),
  capMultiple: z.optional(z.number().check(z.positive())),
  floor: z.optional(z.number()),
});

const MinMaxNormalisation = z.strictObject({
  method: z.literal('minMax'),
  floorBand: z._default(z.number().check(z.gte(0), z.lte(100)), 20),
});

const LowerIsBetterNormalisation = z.strictObject({ method: z.literal('lowerIsBetter') });

const PercentileNormalisation = z.strictObject({ method: z.literal('percentile') });

export const Normalisation = z.discriminatedUnion('method', [RatioNormalisation, MinMaxNormalisation, LowerIsBetterNormalisation, PercentileNormalisation]);
export type Normalisation = z.infer<typeof Normalisation>;

export const FixedBenchmark = z.strictObject({
  kind: z.literal('fixed'),
  value: z.number(),
});

export const PoolBenchmark = z.strictObject({
  kind: z.literal('pool'),
  method: z._default(z.enum(['aggregate', 'mean', 'median']), 'aggregate'),
  multiple: z._default(z.number().check(z.positive()), 1),
});

const BenchmarkLeaf = z.discriminatedUnion('kind', [FixedBenchmark, PoolBenchmark]);

export const IndustryBenchmark = z.strictObject({
  kind: z.literal('byIndustry'),
  industries: z.record(IndustryCodePrefix, BenchmarkLeaf),
  otherwise: z.prefault(BenchmarkLeaf, { kind: 'pool' }),
});

export const Benchmark = z.discriminatedUnion('kind', [FixedBenchmark, PoolBenchmark, IndustryBenchmark]);
export type Benchmark = z.infer<typeof Benchmark>;
export type BenchmarkLeaf = z.infer<typeof BenchmarkLeaf>;

export const MissingRule = z.enum(['zero', 'poolAverage', 'exclude']);
export type MissingRule = z.infer<typeof MissingRule>;

/** The figures indicators are made of, besides land (a firm without land is never scored). */
export const FIGURE_IDS = ['tax', 'sales', 'valueAdded', 'energy', 'electricity', 'emission', 'employees', 'rd', 'techInvestment'] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

/** A group's missing-data rule for each figure; a figure not named scores 0 where it is missing. */
export const MissingRules = z.strictObject({
  tax: z.optional(MissingRule),
  sales: z.optional(MissingRule),
  valueAdded: z.optional(MissingRule),
  energy: z.optional(MissingRule),
  electricity: z.optional(MissingRule),
  emission: z.optional(MissingRule),
  employees: z.optional(MissingRule),
  rd: z.optional(MissingRule),
  techInvestment: z.optional(MissingRule),
} satisfies Record<FigureId, unknown>);
export type MissingRules = z.infer<typeof MissingRules>;

export const IndicatorSpec = z.strictObject({
  id: IndicatorIdSchema,
  weight: z.number().check(z.positive()),
  variant: z.optional(z.enum(['valueAdded', 'sales'])),
  normalisation: z.prefault(Normalisation, { method: 'ratio' }),
  benchmark: z.prefault(Benchmark, { kind: 'pool' }),
});
export type IndicatorSpec = z.infer<typeof IndicatorSpec>;

export const GroupMembership = z.strictObject({
  scale: z._default(z.enum(['above', 'below', 'any']), 'any'),
  keyPolluter: z.optional(z.boolean()),
  industryPrefixes: z.optional(z.array(IndustryCodePrefix)),
});
export type GroupMembership = z.infer<typeof GroupMembership>;

export const Group = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-" / 小写字母、数字和连字符')),
  name: z.string().check(z.minLength(1)),
  nameEn: z.string().check(z.minLength(1)),
  membership: z.prefault(GroupMembership, {}),
  applyLandThreshold: z._default(z.boolean(), true),
  indicators: z.array(IndicatorSpec).check(z.minLength(1)),
  missing: z.prefault(MissingRules, {}),
});
export type Group = z.infer<typeof Group>;

/** What these schemas mean, for the JSON Schemas and the reference (see `Described`: kept out of the schemas so browser bundles leave the text out). */
export const SCHEME_INDICATOR_DOCS: readonly Described[] = [
  {
    schema: RatioNormalisation,
    description: 'Ratio to benchmark [src: 黄岩, 淮安]: score = weight × value / benchmark; a benchmark ≤ 0 scores 0.',
    fields: {
      capMultiple: 'Cap the score at capMultiple × weight (2 is used in a Zhejiang evaluation); absent = no cap.',
      floor: 'Lowest score in points (e.g. 0 so negative values never subtract); absent = no floor.',
    },
  },
  {
    schema: MinMaxNormalisation,
    description: 'Min-max within the pool with a floor band (旌德 2022). Uses no benchmark.',
    fields: {
      floorBand:
        'Percent of the weight the pool minimum scores [src: 旌德 2022: 20]: score = weight × (floorBand + (100 − floorBand) × (x − min)/(max − min)) / 100. When all values are equal every firm scores the full weight.',
    },
  },
  {
    schema: LowerIsBetterNormalisation,
    description:
      'For intensities where less is better: score = weight/2 × (2 − value/benchmark), 0 when value ≥ 2 × benchmark, weight at value 0 (the benchmark is the average).',
  },
  {
    schema: PercentileNormalisation,
    description:
      'Percentile rank in the pool [src: an Anhui city ranks 规下 firms by taxPerMu]: score = weight × (below + (equal − 1)/2) / (n − 1) over the n observed values; a single observed value scores the full weight. Uses no benchmark; cannot be reproduced by a partitioned run.',
  },
  { schema: Normalisation, description: 'How an indicator value becomes points (DOMAIN.md §4).' },
  {
    schema: FixedBenchmark,
    description: 'A fixed, published benchmark (e.g. 黄岩 2022).',
    fields: {
      value: 'The published benchmark value, in the indicator’s unit (e.g. 24.097 万元/亩).',
    },
  },
  {
    schema: PoolBenchmark,
    description: 'A benchmark computed from the firms being evaluated in the pool (observed values only).',
    fields: {
      method:
        'aggregate = Σ numerator / Σ denominator over the pool (a region’s “average 亩均税收”, the default); mean = mean of the firms’ ratios; median = median of the ratios.',
      multiple: 'k × the statistic (淮安 2024 uses 2 × the average, so an average firm scores half the weight).',
    },
  },
  {
    schema: IndustryBenchmark,
    description: 'Industry-specific benchmarks (by GB/T 4754 code).',
    fields: {
      industries:
        'GB/T 4754 code prefix → benchmark. A firm uses its longest matching prefix; a pool statistic is computed over the pool’s firms with that prefix.',
      otherwise: 'Benchmark for firms matching no prefix; a pool statistic here is computed over the whole pool.',
    },
  },
  { schema: Benchmark, description: 'The benchmark B of ratio and lower-is-better scoring.' },
  {
    schema: MissingRule,
    description:
      'What a firm scores on an indicator when a figure of it is missing (not reported): zero = 0; poolAverage = the mean of the observed scores in the pool on that indicator [src: 黄岩]; exclude = the firm is not scored (excluded, reason missing-data).',
  },
  {
    schema: MissingRules,
    description:
      'Missing data by figure, not by indicator: the rule named for a figure applies on every indicator of the group that uses the ' +
      'figure, whenever the firm does not report it; a figure not named scores 0. When several figures of one indicator are missing ' +
      'the strictest rule applies (exclude, then zero, then poolAverage), so a firm without a tax record scores 0 on every tax ' +
      'indicator even where a missing denominator would get the average. A reported 0 is data, not missing: a positive numerator ' +
      'over a reported 0 (no emissions, no energy) scores what the method gives as the denominator goes to 0 — the full weight ' +
      '(minMax, percentile), the cap (ratio with capMultiple), 0 (lowerIsBetter), the flat score (ratio without a benchmark > 0) — ' +
      'and under a ratio without cap, whose limit is infinite, the best observed score of the pool (the weight when none is ' +
      'observed): never less than a firm with a tiny figure. A numerator ≤ 0 over a reported 0 scores 0; neither enters the ' +
      'benchmark. A negative denominator is not a usable figure and counts as missing.',
    // Plain strings only: a computed object would keep this array in every bundle (see record.ts).
    fields: {
      tax: 'Rule when 实缴税金 (tax) is missing; absent = zero.',
      sales: 'Rule when 销售收入 / 营业收入 (sales) is missing; absent = zero.',
      valueAdded: 'Rule when 工业增加值 (value added) is missing; absent = zero.',
      energy: 'Rule when 综合能耗 (energy) is missing; absent = zero.',
      electricity: 'Rule when 用电量 (electricity) is missing; absent = zero.',
      emission: 'Rule when the emission figure is missing; absent = zero. 黄岩 2022: 规上无排放数据的，按规上企业此项平均得分赋分 → poolAverage.',
      employees: 'Rule when 从业人员年平均人数 (employees) is missing; absent = zero.',
      rd: 'Rule when 研发经费支出 (R&D) is missing; absent = zero.',
      techInvestment: 'Rule when 技术改造投资 (technical-renovation investment) is missing; absent = zero.',
    },
  },
  {
    schema: IndicatorSpec,
    description: 'One weighted indicator of a group.',
    fields: {
      weight: 'Weight in points (a group’s weights normally add up to 100).',
      variant: 'laborProductivity only: value added per employee (default, 黄岩) or sales per employee.',
      benchmark: 'Benchmark B; ignored by minMax and percentile. Default: pool aggregate.',
    },
  },
  {
    schema: GroupMembership,
    description: 'Who belongs to the group. Groups are tried in order (key-polluter groups first when scope.keyPolluterPrecedence); the first match wins.',
    fields: {
      scale: '规上 (above), 规下 (below) or any.',
      keyPolluter: 'true = only firms on the key-polluter list; false = only firms not on it; absent = either.',
      industryPrefixes: 'Only firms whose industry code starts with one of these (absent = any industry).',
    },
  },
  {
    schema: Group,
    description: 'An evaluation group (评价组): its own indicators, weights, benchmarks and class pool.',
    fields: {
      id: "Group id: 'above-scale', 'below-scale', 'key-polluter' or a custom slug.",
      name: 'Group name (中文), e.g. 规上工业企业.',
      nameEn: 'Group name in English.',
      applyLandThreshold: 'Apply scope.belowScaleLandThresholdMu to this group’s 规下 members.',
      indicators: 'Indicators, weights, normalisation and benchmarks.',
      missing: 'Missing-data rules by figure (tax, emission …), applied on every indicator that uses the figure.',
    },
  },
];
