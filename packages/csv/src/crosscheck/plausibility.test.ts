import type { EnterpriseRecord } from '@mujun/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../internal/decimal.js';
import { countByCheck, plausibilityFindings } from './plausibility.js';

const firm = (fields: Partial<EnterpriseRecord>): EnterpriseRecord => ({
  creditCode: '91320404000000001H',
  name: '常州甲机械有限公司',
  scale: 'above',
  ...fields,
});

describe('plausibilityFindings', () => {
  it('value added, tax or R&D above sales; equal is plausible', () => {
    const f = plausibilityFindings([firm({ salesWan: '100', valueAddedWan: '100.01', taxWan: '100', rdWan: '250' })]);
    expect(f.map((x) => x.check)).toEqual(['value-added-above-sales', 'rd-above-sales']);
    expect(f[0]!.message.zh).toBe('增加值高于销售收入：100.01 万元 > 100 万元');
  });

  it('规上 with zero employees; 规下 with zero, or 规上 with none given, is not flagged', () => {
    const f = plausibilityFindings([firm({ employees: '0' }), firm({ scale: 'below', employees: '0' }), firm({})]);
    expect(f.map((x) => x.check)).toEqual(['above-scale-no-employees']);
  });

  it('electricity at 1.229 tce per 万千瓦时 against total energy: 100 万kWh = 122.9 tce', () => {
    const f = plausibilityFindings([
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
    const f = plausibilityFindings(records, provenance);
    expect(f[0]!.figures).toEqual([
      { field: 'taxWan', value: '12', source: 'tax.csv', row: 7 },
      { field: 'salesWan', value: '10', source: 'stats.csv', row: 2 },
    ]);
    expect(countByCheck(f)).toEqual([
      { check: 'value-added-above-sales', count: 1 },
      { check: 'tax-above-sales', count: 2 },
    ]);
  });

  it('compares values, not strings: 0.300 is not above 0.3', () => {
    expect(plausibilityFindings([firm({ salesWan: '0.3', taxWan: '0.300' })])).toEqual([]);
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
        const found = plausibilityFindings([firm({ taxWan: tax, salesWan: sales })]).length === 1;
        expect(found).toBe(new Dec(tax).gt(sales));
      }),
      { numRuns: 500 },
    );
    expect(close).toBeGreaterThan(100);
  });
});
