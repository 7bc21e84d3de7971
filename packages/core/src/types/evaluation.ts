import type { Scheme } from '../schema/scheme.js';

/**
 * The shape of an evaluation's output. Every decimal is a string (exact, already rounded where
 * it is shown to people); `rawTotal`-like unrounded figures carry full precision.
 */

/** The indicator ids of DOMAIN.md §3 (the last three from 旌德 2022). */
export const INDICATOR_IDS = [
  'taxPerMu',
  'salesPerMu',
  'valueAddedPerMu',
  'taxPerEnergy',
  'taxPerElectricity',
  'valueAddedPerEnergy',
  'taxPerEmission',
  'valueAddedPerEmission',
  'laborProductivity',
  'rdIntensity',
  'salesPerEnergy',
  'salesPerEmission',
  'techInvestmentPerMu',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** Class letters, best first. Five-class schemes (南京 2018) use `C-` between C and D. */
export const CLASS_IDS = ['A', 'B', 'C', 'C-', 'D'] as const;
/** One of {@link CLASS_IDS}. */
export type ClassId = (typeof CLASS_IDS)[number];

/** One indicator of one enterprise. */
export interface IndicatorResult {
  id: IndicatorId;
  /** Indicator value (e.g. 万元/亩), full precision; null when undefined (missing input or zero denominator). */
  value: string | null;
  /** Benchmark this value was scored against, full precision; null when the method uses none. */
  benchmark: string | null;
  /** Weight in points. */
  weight: string;
  /** Score before rounding, full precision. */
  rawScore: string;
  /** Contribution shown to the enterprise, rounded; the shown contributions + adjustments add up exactly to `total`. */
  score: string;
  /** True when the value was missing and the missing-data rule supplied the score. */
  imputed: boolean;
  /** Which missing-data rule was applied, when imputed. */
  imputation?: 'zero' | 'poolAverage';
  /** True when the cap (capMultiple × weight) bound this score. */
  capped: boolean;
}

/** What a veto does to the class: `forceD` the scheme's last class, `capC` no better than class C. */
export type VetoEffect = 'forceD' | 'capC';

/** A bonus, penalty or veto that was applied to an enterprise. */
export interface AdjustmentApplied {
  kind: 'bonus' | 'penalty' | 'veto';
  /** The flag or violation that triggered it. */
  flag: string;
  /** Points added (bonus, positive) or removed (penalty, negative); "0" for vetoes. */
  points: string;
  /** For vetoes: what it did to the class. */
  effect?: VetoEffect;
  /** Source document or "user setting". */
  source?: string;
}

/** One scored enterprise. */
export interface EnterpriseResult {
  creditCode: string;
  name: string;
  county: string | null;
  industryCode: string | null;
  /** Group id from the scheme (e.g. 'above-scale'). */
  group: string;
  /** Pool key: group × county (when the scheme pools by county). */
  pool: string;
  /** Effective land area used as the per-mu denominator, full precision. */
  landMu: string;
  indicators: IndicatorResult[];
  adjustments: AdjustmentApplied[];
  /** Unrounded Σ indicator scores + bonus − penalty. */
  rawTotal: string;
  /** Rounded total (the scheme's rounding; default 2 dp half-up). */
  total: string;
  class: ClassId;
  /** Class before vetoes, when a veto changed it. */
  classBeforeVeto?: ClassId;
  /** 1-based rank within the pool, after tie-break. With tie-break "shared", tied firms share a rank. */
  rank: number;
  /** Number of enterprises in the pool. */
  poolSize: number;
}

/** Why an enterprise in the input was not scored. */
export type ExclusionReason =
  | 'exempt-industry' // 免评行业 (utilities, tobacco, military …)
  | 'new-enterprise' // 投产不满 N 年
  | 'construction-period' // 建设期内
  | 'below-land-threshold' // 规下且用地低于门槛
  | 'no-group' // 不属于任何评价组
  | 'invalid-land' // 用地面积为零或负 — a data problem
  | 'missing-data' // 缺少指标数据且规则为排除
  | 'county-missing'; // 未填县区而其他企业有 — a data problem (classes.blankCounty 'exclude')

/** An input record that was not scored, with its reason. */
export interface Exclusion {
  creditCode: string;
  name: string;
  reason: ExclusionReason;
  /** Human-readable detail, 中文 / English. */
  detail: string;
  /** Index of the record in the input array (0-based). */
  index: number;
  /** Group the record was assigned to, when the exclusion came after group membership. */
  group?: string;
  /** For exempt firms under scope.unratedManagedAs: the class they are managed as for policy purposes. */
  managedAs?: ClassId;
}

/** A pool's benchmark for one indicator. */
export interface BenchmarkUsed {
  pool: string;
  group: string;
  indicator: IndicatorId;
  /** Industry code prefix when the benchmark is per industry, else null. */
  industry: string | null;
  value: string;
  /**
   * How it was obtained: 'fixed', 'aggregate', 'mean', 'median', 'k × …' (e.g. '2 × aggregate'),
   * 'min-max' (value = the pool maximum, see min/max) or 'percentile' (value = the pool median).
   */
  method: string;
  /**
   * The benchmark as the exact fraction it came from (value = numerator / denominator, rounded),
   * e.g. 2 × Σ tax and Σ land for '2 × aggregate'. Given back through `evaluate`'s
   * `options.benchmarks`, it reproduces the single-run scores digit for digit.
   */
  numerator?: string;
  denominator?: string;
  /** Number of firms with an observed value that the statistic was computed over. */
  observed?: number;
  /** Pool minimum and maximum of the observed values (min-max scoring). */
  min?: string;
  max?: string;
  /** Mean of the observed raw scores on this indicator in the pool; present when a figure of the indicator has the missing-data rule poolAverage. */
  averageScore?: string;
  /**
   * Best observed raw score on this indicator in the pool (the weight when none); present when a
   * firm of the pool reports a 0 denominator under a ratio without cap, which scores this.
   */
  bestScore?: string;
}

/** A pool's class boundaries: the lowest total in each class. */
export interface PoolSummary {
  pool: string;
  group: string;
  county: string | null;
  size: number;
  counts: Record<string, number>;
  /** Lowest total (rounded) that reached each class, when the class is non-empty. */
  lowestTotal: Partial<Record<ClassId, string>>;
  /** Present when the pool is under the scheme's minimum size: how it was classed and benchmarked instead. */
  smallPool?: SmallPoolFallback;
}

/** How a pool under classes.smallPool.minPoolSize was treated (DOMAIN.md §5). */
export interface SmallPoolFallback {
  /** The scheme's minimum pool size. */
  minPoolSize: number;
  /** The class every firm got instead of a quota place (before vetoes); null in threshold mode, where classes go by score. */
  fallbackClass: ClassId | null;
  /** 'group': scored together with the whole group (every county's firms); 'pool': on itself. */
  benchmarkOn: 'group' | 'pool';
  /** How many firms the benchmarks were computed over (the group's or the pool's own). */
  scoredWith: number;
}

/** The whole output of `evaluate`. */
export interface Evaluation {
  schemeId: string;
  /** The parsed scheme the evaluation ran with (defaults filled in). */
  scheme: Scheme;
  /** Evaluation reference date used by the date rules, when there was one. */
  referenceDate: string | null;
  results: EnterpriseResult[];
  excluded: Exclusion[];
  benchmarks: BenchmarkUsed[];
  pools: PoolSummary[];
  /** records in = scored + excluded (always balances). */
  accounting: { records: number; scored: number; excluded: number };
}
