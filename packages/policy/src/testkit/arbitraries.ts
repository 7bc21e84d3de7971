import fc from 'fast-check';
import type { ClassId, EnterpriseResult } from '@mujun/core';
import type { PolicyCatalogInput } from '../catalog/catalog.js';
import { scoredFirm } from './testing.js';

/**
 * Test helpers (not public API): arbitraries for policy laws. Firms are scored results with
 * random class, group, county and industry; catalogs mix surcharges, reliefs and eligibility
 * with stack / highest-applies groups and exclusivity.
 */

/** A non-negative decimal string with up to 3 decimals, e.g. "1234.567". */
export const arbDecimal = (max = 10_000_000): fc.Arbitrary<string> =>
  fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 3 })).map(([n, dp]) => (dp === 0 ? String(n) : (n / 10 ** dp).toFixed(dp)));

const CLASSES: ClassId[] = ['A', 'B', 'C', 'C-', 'D'];

/** Scored firms with distinct credit codes. */
export const arbFirms: fc.Arbitrary<EnterpriseResult[]> = fc
  .array(
    fc.record({
      class: fc.constantFrom(...CLASSES),
      group: fc.constantFrom('above-scale', 'below-scale'),
      county: fc.constantFrom(null, '钟楼区', '武进区'),
      industryCode: fc.constantFrom(null, 'C3311', '3411', 'D4411'),
      landMu: arbDecimal(100_000),
    }),
    { maxLength: 12 },
  )
  .map((rows) => rows.map((r, i) => scoredFirm({ ...r, creditCode: `91320400${String(i).padStart(10, '0')}` })));

/** A valid catalog of 1–6 measures over electricity, gas and land tax, with combination rules. */
export const arbCatalog: fc.Arbitrary<PolicyCatalogInput> = fc
  .array(
    fc.record({
      classes: fc.subarray(CLASSES, { minLength: 1 }),
      kind: fc.constantFrom('electricity', 'gas', 'relief', 'eligibility'),
      rate: arbDecimal(2_000),
      group: fc.constantFrom(undefined, 'highest', 'stack'),
      exclusive: fc.array(fc.nat(5), { maxLength: 2 }),
      minYears: fc.constantFrom(undefined, 1, 2, 3),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((specs) => ({
    id: 'arb',
    title: { zh: '随机', en: 'arbitrary' },
    settings: { rate: { label: 'rate', unit: '元/平方米', default: '1.5', defaultNote: 'test' } },
    combinationGroups: [
      { id: 'highest', rule: 'highest' as const },
      { id: 'stack', rule: 'stack' as const },
    ],
    measures: specs.map((s, i) => ({
      id: `m${i}`,
      name: { zh: `措施${i}`, en: `measure ${i}` },
      source: { document: 'test' },
      appliesTo: { classes: s.classes },
      conditions: s.minYears === undefined ? {} : { consecutiveYears: { min: s.minYears } },
      instrument:
        s.kind === 'eligibility'
          ? { kind: 'eligibility' as const, lever: 'credit' as const, effect: 'priority' as const }
          : s.kind === 'relief'
            ? { kind: 'relief' as const, tax: 'urbanLandUseTax' as const, percent: { value: s.rate, source: 't' }, ratePerM2: { setting: 'rate' } }
            : { kind: 'surcharge' as const, base: s.kind === 'gas' ? ('gasM3' as const) : ('electricityKwh' as const), ratePerUnit: { value: s.rate, source: 't' } },
      ...(s.group !== undefined && s.kind !== 'eligibility' ? { combinationGroup: s.group } : {}),
      exclusiveWith: [...new Set(s.exclusive.filter((j) => j < specs.length && j !== i).map((j) => `m${j}`))],
    })),
  }));

/** Per-firm consumption for the firms of {@link arbFirms} (some figures missing). */
export const arbConsumption = (firms: EnterpriseResult[]) =>
  fc.tuple(...firms.map(() => fc.record({ electricityKwh: arbDecimal(), gasM3: arbDecimal() }, { requiredKeys: [] }))).map((cs) =>
    Object.fromEntries(firms.map((f, i) => [f.creditCode, cs[i] ?? {}])),
  );
