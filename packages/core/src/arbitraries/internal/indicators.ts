import * as fc from 'fast-check';
import { type Benchmark, type BenchmarkLeaf, FIGURE_IDS, type MissingRule, type Normalisation, type SchemeInput } from '../../schema/scheme.js';
import { INDICATOR_IDS, type IndicatorId } from '../../types/evaluation.js';
import { arbDecimalString } from '../decimalString.js';

/** Scheme parts for {@link arbScheme}: indicators (normalisation, benchmark) and groups (with missing-data rules by figure). */

type GroupInput = SchemeInput['groups'][number];
type IndicatorInput = GroupInput['indicators'][number];
type BenchmarkLeafInput = { kind: 'fixed'; value: number } | { kind: 'pool'; method: PoolMethod; multiple: number };

export type NormalisationMethod = Normalisation['method'];
export type BenchmarkKind = Benchmark['kind'];
export type PoolMethod = Extract<BenchmarkLeaf, { kind: 'pool' }>['method'];
export type MissingRuleId = MissingRule;

/** What the indicator arbitraries may choose from. */
export interface IndicatorChoices {
  indicatorIds: readonly IndicatorId[];
  normalisations: readonly NormalisationMethod[];
  benchmarks: readonly BenchmarkKind[];
  poolMethods: readonly PoolMethod[];
  missing: readonly MissingRuleId[];
  caps: boolean;
  minIndicators: number;
  maxIndicators: number;
}

// Industry prefixes that match some of ARB_INDUSTRY_CODES, with and without the section letter.
const PREFIXES = ['C33', 'C26', '17', 'C3921', 'C2'] as const;

const number = (min: number, max: number, decimals: number) => arbDecimalString({ min, max, decimals }).map(Number);

function normalisation(choices: IndicatorChoices, weight: number): fc.Arbitrary<IndicatorInput['normalisation']> {
  return fc.constantFrom(...choices.normalisations).chain((method): fc.Arbitrary<IndicatorInput['normalisation']> => {
    switch (method) {
      case 'ratio':
        return fc
          .record({
            capMultiple: choices.caps ? fc.option(fc.constantFrom(1, 1.2, 1.5, 2, 3), { nil: undefined }) : fc.constant(undefined),
            floor: fc.option(fc.constantFrom(0, -5), { nil: undefined }),
          })
          .map(({ capMultiple, floor }) => ({
            method,
            ...(capMultiple === undefined ? {} : { capMultiple }),
            // validateScheme: a floor must not exceed the cap; 0 and −5 never do (weights are > 0).
            ...(floor === undefined || (capMultiple !== undefined && floor > capMultiple * weight) ? {} : { floor }),
          }));
      case 'minMax':
        return fc.constantFrom(0, 20, 40).map((floorBand) => ({ method, floorBand }));
      default:
        return fc.constant({ method });
    }
  });
}

function leaf(choices: IndicatorChoices, kinds: readonly ('fixed' | 'pool')[]): fc.Arbitrary<BenchmarkLeafInput> {
  return fc
    .constantFrom(...kinds)
    .chain(
      (kind): fc.Arbitrary<BenchmarkLeafInput> =>
        kind === 'fixed'
          ? number(0.01, 500, 3).map((value) => ({ kind, value }))
          : fc.record({ method: fc.constantFrom(...choices.poolMethods), multiple: fc.constantFrom(1, 1, 2, 0.5, 1.5) }).map((p) => ({ kind, ...p })),
    );
}

function benchmark(choices: IndicatorChoices): fc.Arbitrary<IndicatorInput['benchmark']> {
  const leafKinds = choices.benchmarks.filter((k): k is 'fixed' | 'pool' => k !== 'byIndustry');
  return fc.constantFrom(...choices.benchmarks).chain((kind): fc.Arbitrary<IndicatorInput['benchmark']> => {
    if (kind !== 'byIndustry') return leaf(choices, [kind]);
    const kinds = leafKinds.length > 0 ? leafKinds : (['pool'] as const);
    return fc
      .record({
        prefixes: fc.subarray([...PREFIXES], { minLength: 1, maxLength: 3 }),
        leaves: fc.array(leaf(choices, kinds), { minLength: 3, maxLength: 3 }),
        otherwise: leaf(choices, kinds),
      })
      .map(({ prefixes, leaves, otherwise }) => ({
        kind,
        industries: Object.fromEntries(prefixes.map((p, i) => [p, leaves[i] as BenchmarkLeafInput])),
        otherwise,
      }));
  });
}

function indicator(choices: IndicatorChoices, id: IndicatorId): fc.Arbitrary<IndicatorInput> {
  return fc.oneof(fc.integer({ min: 1, max: 50 }), number(0.5, 40, 1)).chain((weight) =>
    fc
      .record({
        normalisation: normalisation(choices, weight),
        benchmark: benchmark(choices),
        variant: id === 'laborProductivity' ? fc.option(fc.constantFrom('valueAdded' as const, 'sales' as const), { nil: undefined }) : fc.constant(undefined),
      })
      .map(({ variant, ...rest }) => ({ id, weight, ...(variant === undefined ? {} : { variant }), ...rest })),
  );
}

/** A group's indicators: distinct ids, random weights and rules. */
function arbIndicators(choices: IndicatorChoices): fc.Arbitrary<IndicatorInput[]> {
  const ids = choices.indicatorIds.length > 0 ? choices.indicatorIds : INDICATOR_IDS;
  return fc
    .shuffledSubarray([...ids], { minLength: Math.min(choices.minIndicators, ids.length), maxLength: Math.min(choices.maxIndicators, ids.length) })
    .chain((picked) => fc.tuple(...picked.map((id) => indicator(choices, id))));
}

/** A group's missing-data rules: each figure gets one of the allowed rules, or none (then zero). */
function arbMissingRules(choices: IndicatorChoices): fc.Arbitrary<NonNullable<GroupInput['missing']>> {
  return fc
    .tuple(...FIGURE_IDS.map(() => fc.option(fc.constantFrom(...choices.missing), { nil: undefined })))
    .map((rules) => Object.fromEntries(FIGURE_IDS.flatMap((f, k) => (rules[k] === undefined ? [] : [[f, rules[k]]]))));
}

const MEMBERSHIPS: GroupInput['membership'][] = [
  { scale: 'any' },
  { scale: 'above' },
  { scale: 'below' },
  { scale: 'any', keyPolluter: true },
  { scale: 'above', keyPolluter: false },
  { scale: 'any', industryPrefixes: ['C33', 'C26'] },
];

/** Groups with distinct ids and varied membership; the last one takes every scale, so most records find a group. */
export function arbGroups(choices: IndicatorChoices, min: number, max: number): fc.Arbitrary<GroupInput[]> {
  return fc.integer({ min, max }).chain((count) =>
    fc.tuple(
      ...Array.from({ length: count }, (_, g) =>
        fc
          .record({
            membership: g === count - 1 ? fc.constant<GroupInput['membership']>({ scale: 'any' }) : fc.constantFrom(...MEMBERSHIPS),
            applyLandThreshold: fc.boolean(),
            indicators: arbIndicators(choices),
            missing: arbMissingRules(choices),
          })
          .map((parts) => ({ id: `group-${g + 1}`, name: `评价组 ${g + 1}`, nameEn: `Group ${g + 1}`, ...parts })),
      ),
    ),
  );
}
