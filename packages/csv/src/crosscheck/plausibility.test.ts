import { columnarFromRecords, type EnterpriseRecord } from '@mujun/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../internal/decimal.js';
import type { Origin } from '../merge/types.js';
import { plausibilityCounts, plausibilityFindings, TCE_PER_WAN_KWH, type Implausibility, type PlausibilityCheck } from './plausibility.js';

/** The findings for records given as objects: checked on their columns, as `score` does. */
const findingsOf = (records: EnterpriseRecord[], provenance?: Record<string, Origin>[]): Implausibility[] =>
  plausibilityFindings(columnarFromRecords(records), provenance && ((i) => provenance[i]!));

const firm = (fields: Partial<EnterpriseRecord>): EnterpriseRecord => ({
  creditCode: '91320404000000001H',
  name: '常州甲机械有限公司',
  scale: 'above',
  ...fields,
});

describe('plausibilityFindings', () => {
  it('value added, tax or R&D above sales; equal is plausible', () => {
    const f = findingsOf([firm({ salesWan: '100', valueAddedWan: '100.01', taxWan: '100', rdWan: '250' })]);
    expect(f.map((x) => x.check)).toEqual(['value-added-above-sales', 'rd-above-sales']);
    expect(f[0]!.message.zh).toBe('增加值高于销售收入：100.01 万元 > 100 万元');
  });

  it('规上 with zero employees; 规下 with zero, or 规上 with none given, is not flagged', () => {
    const f = findingsOf([firm({ employees: '0' }), firm({ scale: 'below', employees: '0' }), firm({})]);
    expect(f.map((x) => x.check)).toEqual(['above-scale-no-employees']);
  });

  it('electricity at 1.229 tce per 万千瓦时 against total energy: 100 万kWh = 122.9 tce', () => {
    const f = findingsOf([
      firm({ electricityWanKwh: '100', energyTce: '122.9' }), // equal: plausible
      firm({ electricityWanKwh: '100', energyTce: '122.89' }), // 0.01 tce short
      firm({ electricityWanKwh: '0.5', energyTce: '0.6' }), // 0.6145 > 0.6
    ]);
    expect(f.map((x) => x.figures.map((g) => g.value))).toEqual([
      ['100', '122.89'],
      ['0.5', '0.6'],
    ]);
    expect(f[0]!.message.zh).toBe('用电 100 万千瓦时折 122.9 吨标准煤（当量值 1.229），高于综合能耗 122.89 吨标准煤');
    expect(f[1]!.message.zh).toContain('折 0.6145 吨标准煤');
  });

  it('names the file and line of each figure when provenance is given, and counts by check', () => {
    const records = [firm({ salesWan: '10', taxWan: '12' }), firm({ salesWan: '10', taxWan: '20', valueAddedWan: '11' })];
    const provenance: Record<string, { source: string; row: number }>[] = [
      { salesWan: { source: 'stats.csv', row: 2 }, taxWan: { source: 'tax.csv', row: 7 } },
      { salesWan: { source: 'stats.csv', row: 3 }, taxWan: { source: 'tax.csv', row: 9 }, valueAddedWan: { source: 'stats.csv', row: 3 } },
    ];
    const f = findingsOf(records, provenance);
    expect(f[0]!.figures).toEqual([
      { field: 'taxWan', value: '12', source: 'tax.csv', row: 7 },
      { field: 'salesWan', value: '10', source: 'stats.csv', row: 2 },
    ]);
    expect(plausibilityCounts(columnarFromRecords(records))).toEqual({
      firms: 2,
      counts: [
        { check: 'value-added-above-sales', count: 1 },
        { check: 'tax-above-sales', count: 2 },
      ],
    });
  });

  it('compares values, not strings: 0.300 is not above 0.3', () => {
    expect(findingsOf([firm({ salesWan: '0.3', taxWan: '0.300' })])).toEqual([]);
  });
});

describe('the float shortcut decides as exact decimals do', () => {
  it('law: tax above sales is found exactly when the decimal tax exceeds the decimal sales, near-equal pairs included', () => {
    const digits = fc.stringMatching(/^[1-9]\d{0,9}\.\d{1,6}$/);
    // b is a, a with one more trailing digit, or a nudged in its last place: the cases floats cannot tell apart.
    const pair = fc.tuple(digits, fc.constantFrom('same', 'longer', 'up', 'down'), fc.integer({ min: 1, max: 9 })).map(([a, how, d]) => {
      const last = a.length - 1;
      const nudged = (delta: number) => `${a.slice(0, last)}${Math.min(9, Math.max(0, Number(a[last]) + delta))}`;
      const b = how === 'same' ? a : how === 'longer' ? `${a}${d}` : nudged(how === 'up' ? 1 : -1);
      return [a, b] as const;
    });
    let close = 0;
    fc.assert(
      fc.property(pair, fc.boolean(), ([a, b], swap) => {
        const [tax, sales] = swap ? [b, a] : [a, b];
        if (Math.abs(Number(tax) - Number(sales)) <= 1e-9 * Number(sales)) close++;
        const found = findingsOf([firm({ taxWan: tax, salesWan: sales })]).length === 1;
        expect(found).toBe(new Dec(tax).gt(sales));
      }),
      { numRuns: 500 },
    );
    expect(close).toBeGreaterThan(100);
  });
});

/** The checks stated on record objects in exact decimals throughout: what the columns must agree with. */
function exactFindings(records: readonly EnterpriseRecord[]): Pick<Implausibility, 'check' | 'creditCode' | 'figures'>[] {
  const out: Pick<Implausibility, 'check' | 'creditCode' | 'figures'>[] = [];
  for (const r of records) {
    const pair = (check: PlausibilityCheck, a: keyof EnterpriseRecord, b: keyof EnterpriseRecord) =>
      out.push({
        check,
        creditCode: r.creditCode,
        figures: [
          { field: a, value: r[a] as string },
          { field: b, value: r[b] as string },
        ],
      });
    for (const [part, check] of [
      ['valueAddedWan', 'value-added-above-sales'],
      ['taxWan', 'tax-above-sales'],
      ['rdWan', 'rd-above-sales'],
    ] as const)
      if (r[part] !== undefined && r.salesWan !== undefined && new Dec(r[part]).gt(r.salesWan)) pair(check, part, 'salesWan');
    if (r.scale === 'above' && r.employees !== undefined && new Dec(r.employees).isZero()) pair('above-scale-no-employees', 'scale', 'employees');
    if (r.electricityWanKwh !== undefined && r.energyTce !== undefined && new Dec(r.electricityWanKwh).times(TCE_PER_WAN_KWH).gt(r.energyTce))
      pair('electricity-above-energy', 'electricityWanKwh', 'energyTce');
  }
  return out;
}

describe('the checks on columns find what exact decimals on records find', () => {
  it('law: same findings, in record then check order, near-equal and over-wide figures included', () => {
    const canonical = (s: string) => new Dec(s).toFixed();
    // Up to 24 significant digits: over 15 they are wide cells, read exactly from their text.
    const figure = fc.stringMatching(/^(0|[1-9]\d{0,17})(\.\d{1,6})?$/).map(canonical);
    const nudge = (x: string, how: 'same' | 'up' | 'down' | 'longer') =>
      how === 'same'
        ? x
        : how === 'longer'
          ? canonical(`${x}${x.includes('.') ? '' : '.'}0000001`)
          : canonical(
              new Dec(x)
                .plus(how === 'up' ? '0.000001' : '-0.000001')
                .abs()
                .toFixed(),
            );
    const how = fc.constantFrom('same', 'up', 'down', 'longer') as fc.Arbitrary<'same' | 'up' | 'down' | 'longer'>;
    const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 4 });
    // Each firm: sales, and parts equal to it or a last place off; energy equal to electricity × 1.229 exactly or a last place off.
    const firmOf = fc
      .record({
        scale: fc.constantFrom('above', 'below') as fc.Arbitrary<'above' | 'below'>,
        sales: maybe(figure),
        parts: fc.tuple(maybe(how), maybe(how), maybe(how), maybe(figure)),
        employees: maybe(fc.constantFrom('0', '1', '120')),
        electricity: maybe(figure),
        energy: maybe(fc.oneof(how, figure)),
      })
      .map(({ scale, sales, parts: [va, tax, rd, other], employees, electricity, energy }) => {
        const part = (h: typeof va) => (sales === undefined || h === undefined ? other : nudge(sales, h));
        const equivalent = electricity === undefined ? undefined : new Dec(electricity).times(TCE_PER_WAN_KWH).toFixed();
        const tce =
          energy === undefined
            ? undefined
            : ['same', 'up', 'down', 'longer'].includes(energy)
              ? equivalent === undefined
                ? undefined
                : nudge(equivalent, energy as 'same')
              : energy;
        const fields: Partial<EnterpriseRecord> = {
          scale,
          salesWan: sales,
          valueAddedWan: part(va),
          taxWan: part(tax),
          rdWan: part(rd),
          employees,
          electricityWanKwh: electricity,
          energyTce: tce,
        };
        return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<EnterpriseRecord>;
      });
    let withFindings = 0;
    let equalOnes = 0;
    fc.assert(
      fc.property(fc.array(firmOf, { minLength: 1, maxLength: 6 }), (firms) => {
        const records = firms.map((f, i) => ({ creditCode: `9132040400000000${i}X`, name: `企业${i}`, scale: 'above' as const, ...f }));
        const expected = exactFindings(records);
        const found = plausibilityFindings(columnarFromRecords(records));
        expect(found.map(({ check, creditCode, figures }) => ({ check, creditCode, figures }))).toEqual(expected);
        // score's counts are those of the findings.
        const order = ['value-added-above-sales', 'tax-above-sales', 'rd-above-sales', 'above-scale-no-employees', 'electricity-above-energy'] as const;
        expect(plausibilityCounts(columnarFromRecords(records))).toEqual({
          firms: new Set(expected.map((f) => f.creditCode)).size,
          counts: order.map((check) => ({ check, count: expected.filter((f) => f.check === check).length })).filter((c) => c.count > 0),
        });
        if (found.length > 0) withFindings++;
        for (const r of records) {
          if (r.taxWan !== undefined && r.taxWan === r.salesWan) equalOnes++;
          if (r.energyTce !== undefined && r.electricityWanKwh !== undefined && new Dec(r.electricityWanKwh).times(TCE_PER_WAN_KWH).eq(r.energyTce))
            equalOnes++;
        }
      }),
      { numRuns: 400 },
    );
    expect(withFindings).toBeGreaterThan(100);
    expect(equalOnes).toBeGreaterThan(100);
  });
});
