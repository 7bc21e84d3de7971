import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { arbCreditCode, arbRecords, arbScheme } from '../arbitraries/index.js';
import { evaluate } from '../evaluate/evaluate.js';
import { getPreset } from '../presets/getPreset.js';
import type { EnterpriseRecord } from '../schema/record.js';
import type { Scheme, SchemeInput } from '../schema/scheme.js';
import { columnarResults } from './columnarResults.js';
import { columnarFromRecords } from './columns.js';
import { evaluateColumnar, planColumnar, scorePlannedPool } from './evaluateColumnar.js';
import { unitsText } from './unitsText.js';
import { Dec } from '../arithmetic/decimal.js';

/** The fast path gives exactly the reference engine's evaluation (results field for field, exclusions, accounting), or declines. */
function sameAsReference(records: EnterpriseRecord[], scheme: Scheme | SchemeInput): boolean {
  const cols = columnarFromRecords(records);
  if (cols === null) return false;
  const fast = evaluateColumnar(cols, scheme);
  if (fast === null) return false;
  const ref = evaluate(records, scheme);
  expect(columnarResults(fast)).toEqual(ref.results);
  expect(fast.excluded).toEqual(ref.excluded);
  expect(fast.accounting).toEqual(ref.accounting);
  return true;
}

const ratioSchemes = arbScheme({ normalisations: ['ratio'], benchmarks: ['fixed', 'pool'], poolMethods: ['aggregate'] });

describe('evaluateColumnar = evaluate', () => {
  // Pollutant tonnes and rented floor space make figures of 40 digits (÷ 0.95, ÷ plot ratio), which
  // the fast path declines; without them every input is taken.
  const plainRecords = arbRecords({ maxLength: 40 }).map((rs) =>
    rs.map(({ codT, ammoniaNitrogenT, so2T, noxT, rentedFloorM2, ...r }) => r as EnterpriseRecord),
  );

  test('random ratio schemes and records', () => fc.assert(fc.property(ratioSchemes, plainRecords, (scheme, records) => {
    expect(sameAsReference(records, scheme)).toBe(true);
  }), { numRuns: 150 }));

  test('the default scheme', () => fc.assert(fc.property(plainRecords, (records) => {
    expect(sameAsReference(records, getPreset('changzhou-wujin'))).toBe(true);
  }), { numRuns: 100 }));

  test('records with pollutant tonnes and rented floor: equal, or declined', () => fc.assert(fc.property(ratioSchemes, arbRecords({ maxLength: 30 }), (scheme, records) => {
    sameAsReference(records, scheme);
  }), { numRuns: 100 }));

  test('any scheme: equal, or declined', () => fc.assert(fc.property(arbScheme(), arbRecords({ maxLength: 25 }), (scheme, records) => {
    const cols = columnarFromRecords(records);
    const fast = cols === null ? null : evaluateColumnar(cols, scheme);
    if (fast !== null) expect(columnarResults(fast)).toEqual(evaluate(records, scheme).results);
  }), { numRuns: 100 }));

  // Near-boundary inputs: figures whose ratios land exactly on a half-cent, on each other, on a cap
  // or a class threshold, at extreme magnitudes and with many decimals.
  const figure = fc.constantFrom(
    '1', '2', '3', '0.5', '12.345', '12.335', '0.005', '0.015', '1.005', '2.675', '100', '1000', '3', '0.1', '0.2', '0.3',
    '999999999999999', '0.000000000000001', '123456789.012345', '0.123456789012345', '7', '0', '-1', '33.333', '66.667',
  );
  const adversarialRecord = fc.record({
    creditCode: arbCreditCode(),
    name: fc.constant('企业'),
    county: fc.constantFrom('甲区', '乙区'),
    scale: fc.constantFrom('above' as const, 'below' as const),
    keyPolluter: fc.boolean(),
    landOwnedMu: fc.constantFrom('1', '3', '0.5', '2.5', '10', '7', '3.0000000001', '2.9999999999'),
    taxWan: figure,
    salesWan: figure,
    valueAddedWan: figure,
    energyTce: figure,
    emissionEq: figure,
    employees: fc.constantFrom('1', '3', '7', '10'),
    rdWan: figure,
  });
  const adversarialRecords = fc.uniqueArray(adversarialRecord, { minLength: 1, maxLength: 40, selector: (r) => r.creditCode });
  // Ties in total and in taxPerMu: the same figures under several codes.
  const tied = fc
    .tuple(adversarialRecord, fc.uniqueArray(arbCreditCode(), { minLength: 2, maxLength: 8 }), adversarialRecords)
    .map(([r, codes, rest]) => [...codes.map((creditCode) => ({ ...r, creditCode })), ...rest.filter((x) => !codes.includes(x.creditCode))]);

  test('adversarial figures, default scheme', () => fc.assert(fc.property(fc.oneof(adversarialRecords, tied), (records) => {
    expect(sameAsReference(records, getPreset('changzhou-wujin'))).toBe(true);
  }), { numRuns: 200 }));

  // Declined only when a score exceeds 2^53 units (999999999999999 × a weight ≥ 10 at 0 decimals).
  test('adversarial figures, random ratio schemes', () => fc.assert(fc.property(ratioSchemes, fc.oneof(adversarialRecords, tied), (scheme, records) => {
    sameAsReference(records, scheme);
  }), { numRuns: 200 }));

  // Pools above 64 firms rank by a counting sort on totals, then sort runs of equal totals.
  const onePool = (weight: number): SchemeInput => ({
    ...getPreset('changzhou-wujin'),
    classes: { ...getPreset('changzhou-wujin').classes, poolByCounty: false },
    groups: [
      {
        id: 'all',
        name: '全部',
        nameEn: 'All',
        membership: { scale: 'any' },
        indicators: [
          { id: 'taxPerMu', weight, benchmark: { kind: 'pool', method: 'aggregate', multiple: 1 }, normalisation: { method: 'ratio', capMultiple: 2, floor: 0 }, missing: 'zero' },
          { id: 'salesPerMu', weight: 10, benchmark: { kind: 'fixed', value: 100 }, normalisation: { method: 'ratio' }, missing: 'zero' },
        ],
      },
    ],
  });
  test('large pools with many tied totals', () => fc.assert(fc.property(fc.uniqueArray(adversarialRecord, { minLength: 90, maxLength: 160, selector: (r) => r.creditCode }), fc.constantFrom(1, 10, 40),
    (records, weight) => {
      // (without the 15-digit figure, whose scores exceed 2^53 units and are declined)
      const taken = records.filter((r) => !Object.values(r).includes('999999999999999'));
      expect(sameAsReference(taken, onePool(weight))).toBe(true);
    },
  ), { numRuns: 40 }));

  test('a total exactly on a half-cent is rounded up, as decimal.js does', () => {
    const scheme: SchemeInput = {
      ...getPreset('changzhou-wujin'),
      groups: [
        {
          id: 'all',
          name: '全部',
          nameEn: 'All',
          membership: { scale: 'any' },
          indicators: [{ id: 'taxPerMu', weight: 1, benchmark: { kind: 'fixed', value: 1 }, normalisation: { method: 'ratio' }, missing: 'zero' }],
        },
      ],
    };
    const records: EnterpriseRecord[] = ['12.345', '2.675', '1.005', '0.015'].map((taxWan, k) => ({
      creditCode: `91320412MA1X${String(k)}`,
      name: `企业${k}`,
      scale: 'above',
      landOwnedMu: '1',
      taxWan,
    }));
    const cols = columnarFromRecords(records)!;
    const fast = evaluateColumnar(cols, scheme)!;
    expect(columnarResults(fast).map((r) => r.total)).toEqual(['12.35', '2.68', '1.01', '0.02']);
    expect(columnarResults(fast)).toEqual(evaluate(records, scheme).results);
    expect(fast.exactFirms).toBe(4);
  });
});

test('unitsText prints units as decimal.js toFixed does', () => fc.assert(fc.property(fc.integer({ min: -1e15 + 1, max: 1e15 - 1 }), fc.integer({ min: 0, max: 6 }), (units, decimals) => {
  expect(unitsText(units, decimals)).toBe(new Dec(units).div(new Dec(10).pow(decimals)).toFixed(decimals).replace(/^-(0\.0*)$/, '$1'));
})));

describe('planColumnar + scorePlannedPool: pools are independent', () => {
  const plainRecords = arbRecords({ maxLength: 40 }).map((rs) =>
    rs.map(({ codT, ammoniaNitrogenT, so2T, noxT, rentedFloorM2, ...r }) => r as EnterpriseRecord),
  );
  // What the CLI's two threads rely on: a pool scored on its own — in any order, another thread
  // holding only the fact columns, points as text, codes looked up one by one — is the pool that
  // evaluateColumnar makes with all the others.
  test('each pool alone, in reverse order, equals the whole evaluation', () => fc.assert(fc.property(ratioSchemes, plainRecords, fc.boolean(), (scheme, records, asText) => {
    const cols = columnarFromRecords(records);
    if (cols === null) return;
    const whole = evaluateColumnar(cols, scheme);
    const plan = planColumnar(cols, scheme);
    expect(plan === null).toBe(whole === null);
    if (plan === null || whole === null) return;
    const ctx = {
      scheme: plan.scheme,
      facts: plan.facts,
      creditCode: (i: number) => cols.creditCode[i] as string,
      points: (i: number) => (asText ? (plan.points.get(i)?.toString() ?? null) : (plan.points.get(i) ?? null)),
      vetoes: (i: number) => plan.vetoes.get(i),
    };
    const alone = [...plan.pools].reverse().map((p) => scorePlannedPool(p, ctx)?.pool ?? null).reverse();
    expect(alone.map((p) => p && { ...p, benchmarks: p.benchmarks.map((b) => b && `${b.num.toString()}/${b.den.toString()}`) })).toEqual(
      whole.pools.map((p) => ({ ...p, benchmarks: p.benchmarks.map((b) => b && `${b.num.toString()}/${b.den.toString()}`) })),
    );
    expect(plan.excluded).toEqual(whole.excluded);
  }), { numRuns: 100 }));
});
