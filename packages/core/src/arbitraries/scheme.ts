import * as fc from 'fast-check';
import { RECOGNITION_FLAGS, VIOLATION_FLAGS } from '../schema/record.js';
import type { Scheme, SchemeInput } from '../schema/scheme.js';
import { validateScheme } from '../schema/validateScheme.js';
import type { IndicatorId } from '../types/evaluation.js';
import { arbAdjustments, arbClasses, type ClassMode } from './internal/classes.js';
import { arbGroups, type BenchmarkKind, type MissingRuleId, type NormalisationMethod, type PoolMethod } from './internal/indicators.js';

/** Options of {@link arbScheme}: narrow what the schemes may contain. Every list must be non-empty. */
export interface SchemeOptions {
  /** Number of groups (default 1 … 3). */
  groups?: { min?: number; max?: number } | undefined;
  /** Indicators per group (default 1 … 6). */
  indicators?: { min?: number; max?: number } | undefined;
  /** Indicators drawn from (default all ten). */
  indicatorIds?: readonly IndicatorId[] | undefined;
  /** Normalisation methods (default all four: ratio, minMax, lowerIsBetter, percentile). */
  normalisations?: readonly NormalisationMethod[] | undefined;
  /** Benchmark kinds (default fixed, pool, byIndustry). */
  benchmarks?: readonly BenchmarkKind[] | undefined;
  /** Pool statistics (default aggregate, mean, median). */
  poolMethods?: readonly PoolMethod[] | undefined;
  /** Missing-data rules (default zero, poolAverage, exclude). */
  missing?: readonly MissingRuleId[] | undefined;
  /** Ratio caps may appear (default true). */
  caps?: boolean | undefined;
  /** Class modes (default quota, threshold, hybrid). */
  classModes?: readonly ClassMode[] | undefined;
  /** Bonus/penalty points and vetoes may appear (default true). */
  adjustments?: boolean | undefined;
  /** Exemptions, the years-in-production rule and the land threshold vary (default true); false = nobody is exempt. */
  scope?: boolean | undefined;
}

/**
 * A random evaluation scheme that {@link validateScheme} accepts, returned parsed (defaults filled
 * in): 1–3 groups with varied membership (the last takes every firm), distinct indicators with
 * random weights, normalisations, benchmarks (fixed, pool aggregate/mean/median × k, by industry)
 * and missing-data rules; a class ladder (A–D, five classes, three …) in quota, threshold or hybrid
 * mode with a random small-pool rule and tie-break; rounding; bonus/penalty points and vetoes;
 * scope rules. Pair it with {@link arbRecords} to property-test a law for every scheme, or narrow it
 * with options to the schemes a law is about. It draws schemes no bureau would publish too: any
 * indicator may be scored `lowerIsBetter`, although all ten are "more is better" — for laws about
 * publishable schemes use `arbPublishableScheme`.
 *
 * @example
 * fc.assert(fc.property(arbScheme({ benchmarks: ['fixed'] }), arbRecords({ maxLength: 20 }), (scheme, records) => {
 *   const e = evaluate(records, scheme); …
 * }));
 */
export function arbScheme(options: SchemeOptions = {}): fc.Arbitrary<Scheme> {
  const choices = {
    indicatorIds: options.indicatorIds ?? [],
    normalisations: options.normalisations ?? (['ratio', 'minMax', 'lowerIsBetter', 'percentile'] as const),
    benchmarks: options.benchmarks ?? (['fixed', 'pool', 'byIndustry'] as const),
    poolMethods: options.poolMethods ?? (['aggregate', 'mean', 'median'] as const),
    missing: options.missing ?? (['zero', 'poolAverage', 'exclude'] as const),
    caps: options.caps ?? true,
    minIndicators: options.indicators?.min ?? 1,
    maxIndicators: options.indicators?.max ?? 6,
  };
  const withScope = options.scope ?? true;
  const parts = fc.record({
    groups: arbGroups(choices, options.groups?.min ?? 1, options.groups?.max ?? 3),
    classes: arbClasses(options.classModes ?? ['quota', 'threshold', 'hybrid']),
    rounding: fc.record({ decimals: fc.constantFrom(0, 1, 2, 2, 2, 3), mode: fc.constantFrom('halfUp' as const, 'halfEven' as const, 'down' as const) }),
    scope: withScope
      ? arbScope()
      : fc.constant<NonNullable<SchemeInput['scope']>>({ minYearsInProduction: 0, constructionPeriodExemption: false, belowScaleLandThresholdMu: 0 }),
    land: fc.record({ includeRentedFloor: fc.boolean(), plotRatio: fc.constantFrom(0.8, 1, 1.5, 2) }),
    emissionBasis: fc.constantFrom('equivalents' as const, 'tonnes' as const),
  });
  return parts
    .chain((p) => {
      const hasC = p.classes.tiers?.some((t) => t.id === 'C') === true;
      const adjustments = options.adjustments === false ? fc.constant({}) : arbAdjustments(p.rounding.decimals, hasC, RECOGNITION_FLAGS, VIOLATION_FLAGS);
      return adjustments.map((a): SchemeInput => ({ id: 'arb-scheme', name: '随机方案', nameEn: 'Arbitrary scheme', ...p, adjustments: a }));
    })
    .map((input) => {
      const v = validateScheme(input);
      // A scheme this arbitrary builds must be valid; if not, the arbitrary has a bug worth seeing.
      if (!v.success) throw new Error(`arbScheme built an invalid scheme:\n${v.error.issues.map((i) => i.message).join('\n')}\n${JSON.stringify(input)}`);
      return v.data;
    });
}

function arbScope(): fc.Arbitrary<NonNullable<SchemeInput['scope']>> {
  return fc.record({
    exemptIndustries: fc.subarray([
      { codePrefix: 'D44', reason: '电力 / utility' },
      { codePrefix: 'C16', reason: '烟草 / tobacco' },
    ]),
    minYearsInProduction: fc.constantFrom(0, 0, 2, 3),
    referenceDate: fc.constant('2024-12-31'),
    constructionPeriodExemption: fc.boolean(),
    belowScaleLandThresholdMu: fc.constantFrom(0, 3, 5),
    keyPolluterPrecedence: fc.boolean(),
  });
}
