import * as fc from 'fast-check';
import type { ClassId } from '@mujun/core';
import type { PolicyCatalog, PolicyCatalogInput } from '../catalog/catalog.js';
import { validateCatalog } from '../catalog/validateCatalog.js';
import { arbAmount } from './amounts.js';

/** The kinds of measure {@link arbCatalog} draws. */
export type MeasureKind = 'electricity-surcharge' | 'gas-surcharge' | 'water-surcharge' | 'land-tax-relief' | 'eligibility';

/** Options of {@link arbCatalog}: narrow the catalogs to the ones a law is about. */
export interface CatalogOptions {
  /** Classes a measure may target (default A, B, C, C-, D). */
  classes?: readonly ClassId[] | undefined;
  /** Kinds of measure (default all five). */
  kinds?: readonly MeasureKind[] | undefined;
  /** Number of measures (default 1 … 6). */
  measures?: { min?: number | undefined; max?: number | undefined } | undefined;
  /** Highest-applies and stacking groups, exclusivity and consecutive-year conditions (default true). */
  combinations?: boolean | undefined;
  /** Largest relief percentage drawn (default 100: a relief never exceeds the tax). */
  maxReliefPercent?: number | undefined;
  /** Largest surcharge rate per unit, yuan (default 2). */
  maxRate?: number | undefined;
}

type Spec = {
  kind: MeasureKind;
  classes: ClassId[];
  rate: string;
  fromSetting: boolean;
  group: 'highest' | 'stack' | undefined;
  exclusive: readonly number[];
  minYears: number | undefined;
};

const ALL_CLASSES: readonly ClassId[] = ['A', 'B', 'C', 'C-', 'D'];
const ALL_KINDS: readonly MeasureKind[] = ['electricity-surcharge', 'gas-surcharge', 'water-surcharge', 'land-tax-relief', 'eligibility'];
const BASE = { 'electricity-surcharge': 'electricityKwh', 'gas-surcharge': 'gasM3', 'water-surcharge': 'waterT' } as const;

/**
 * A random policy catalog that `validateCatalog` accepts, returned parsed (defaults filled in):
 * surcharges on electricity, gas and water, land-use-tax reliefs and eligibility measures for
 * random classes; amounts that cite a source or name a user setting (declared, some with a marked
 * default — draw values for them with {@link arbSettings}); with `combinations`, highest-applies
 * and stacking groups, exclusivity and consecutive-year conditions. Relief percentages stay within
 * `maxReliefPercent` (100), so a law "relief never exceeds the tax" holds for every catalog drawn.
 *
 * @example
 * fc.assert(fc.property(arbCatalog({ kinds: ['land-tax-relief'] }), (catalog) => validateCatalog(catalog).success));
 */
export function arbCatalog(options: CatalogOptions = {}): fc.Arbitrary<PolicyCatalog> {
  const combinations = options.combinations ?? true;
  const maxMeasures = options.measures?.max ?? 6;
  const spec = fc.record({
    kind: fc.constantFrom(...(options.kinds ?? ALL_KINDS)),
    classes: fc.subarray([...(options.classes ?? ALL_CLASSES)], { minLength: 1 }),
    rate: arbAmount(options.maxRate ?? 2, 3),
    percent: arbAmount(options.maxReliefPercent ?? 100, 1),
    fromSetting: fc.boolean(),
    group: combinations ? fc.constantFrom(undefined, 'highest' as const, 'stack' as const) : fc.constant(undefined),
    exclusive: combinations ? fc.array(fc.nat(Math.max(0, maxMeasures - 1)), { maxLength: 2 }) : fc.constant<number[]>([]),
    minYears: combinations ? fc.constantFrom(undefined, 1, 2, 3) : fc.constant(undefined),
  });
  return fc
    .array(spec, { minLength: options.measures?.min ?? 1, maxLength: maxMeasures })
    .map((specs) => catalogOf(specs.map(({ percent, ...s }) => ({ ...s, rate: s.kind === 'land-tax-relief' ? percent : s.rate }))))
    .map((input) => {
      const checked = validateCatalog(input);
      // A catalog this arbitrary builds must be valid; if not, the arbitrary has a bug worth seeing.
      if (!checked.success) throw new Error(`arbCatalog built an invalid catalog:\n${checked.error.issues.map((i) => i.message).join('\n')}`);
      return checked.data;
    });
}

function catalogOf(specs: Spec[]): PolicyCatalogInput {
  return {
    id: 'arb-catalog',
    title: { zh: '随机政策目录', en: 'arbitrary catalog' },
    settings: {
      'land-use-tax-rate': { label: '城镇土地使用税税率 / land-use tax rate', unit: '元/平方米·年', default: '1', defaultNote: 'arbCatalog: a placeholder' },
      ...Object.fromEntries(
        specs.flatMap((s, i) => (s.fromSetting && s.kind in BASE ? [[`m${i}-rate`, { label: `措施 ${i} 费率 / rate of measure ${i}`, unit: '元' }]] : [])),
      ),
    },
    combinationGroups: [
      { id: 'highest', rule: 'highest' },
      { id: 'stack', rule: 'stack' },
    ],
    measures: specs.map((s, i) => ({
      id: `m${i}`,
      name: { zh: `措施 ${i}`, en: `measure ${i}` },
      source: { document: 'arbCatalog' },
      appliesTo: { classes: s.classes },
      conditions: s.minYears === undefined ? {} : { consecutiveYears: { min: s.minYears } },
      instrument: instrumentOf(s, i),
      ...(s.group !== undefined && s.kind !== 'eligibility' ? { combinationGroup: s.group } : {}),
      exclusiveWith: [...new Set(s.exclusive.filter((j) => j < specs.length && j !== i).map((j) => `m${j}`))],
    })),
  };
}

function instrumentOf(s: Spec, i: number): PolicyCatalogInput['measures'][number]['instrument'] {
  switch (s.kind) {
    case 'eligibility':
      return { kind: 'eligibility', lever: 'credit', effect: 'priority' };
    case 'land-tax-relief':
      return { kind: 'relief', tax: 'urbanLandUseTax', percent: { value: s.rate, source: 'arbCatalog' }, ratePerM2: { setting: 'land-use-tax-rate' } };
    default:
      return { kind: 'surcharge', base: BASE[s.kind], ratePerUnit: s.fromSetting ? { setting: `m${i}-rate` } : { value: s.rate, source: 'arbCatalog' } };
  }
}
