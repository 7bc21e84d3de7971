import { describe, expect, it } from 'vitest';
import { getPreset } from '../presets/getPreset.js';
import type { Scheme, SchemeInput } from '../schema/scheme.js';
import type { Evaluation } from '../types/evaluation.js';
import { evaluate } from './evaluate.js';
import { parseScheme } from '../schema/parseScheme.js';
import { aboveScaleScheme, firmsWith } from '../test/onePool.js';

type Indicator = SchemeInput['groups'][number]['indicators'][number];

const firm = firmsWith();

const schemeOf = (indicators: Indicator[]): Scheme => aboveScaleScheme('bench-test', { indicators });

const scoreOf = (e: Evaluation, n: number, id = 'taxPerMu') =>
  e.results.find((r) => r.creditCode.endsWith(String(n).padStart(2, '0')))!.indicators.find((i) => i.id === id)!.score;

// taxPerMu: firm 1 = 100/10 = 10, firm 2 = 100/20 = 5, firm 3 = 600/30 = 20.
const pool = [firm(1, { landOwnedMu: '10', taxWan: '100' }), firm(2, { landOwnedMu: '20', taxWan: '100' }), firm(3, { landOwnedMu: '30', taxWan: '600' })];

describe('pool benchmarks', () => {
  it('aggregate (default) = Σ tax / Σ land = 800 / 60 = 13.333…', () => {
    // 100 × 10 / 13.333 = 75; 100 × 5 / 13.333 = 37.5; 100 × 20 / 13.333 = 150.
    const e = evaluate(pool, schemeOf([{ id: 'taxPerMu', weight: 100 }]));
    expect([1, 2, 3].map((n) => scoreOf(e, n))).toEqual(['75.00', '37.50', '150.00']);
    expect(e.benchmarks).toEqual([
      expect.objectContaining({ indicator: 'taxPerMu', industry: null, method: 'aggregate', numerator: '800', denominator: '60', observed: 3 }),
    ]);
    expect(e.benchmarks[0]!.value.slice(0, 8)).toBe('13.33333');
  });

  it('mean of ratios = (10 + 5 + 20) / 3 = 11.667', () => {
    // 100 × 10 / (35/3) = 85.714…; 100 × 5 / (35/3) = 42.857…; 100 × 20 / (35/3) = 171.428…
    const e = evaluate(pool, schemeOf([{ id: 'taxPerMu', weight: 100, benchmark: { kind: 'pool', method: 'mean' } }]));
    expect([1, 2, 3].map((n) => scoreOf(e, n))).toEqual(['85.71', '42.86', '171.43']);
    expect(e.benchmarks[0]!.method).toBe('mean');
  });

  it('median of ratios = 10; an even count takes the mean of the middle two', () => {
    const e = evaluate(pool, schemeOf([{ id: 'taxPerMu', weight: 100, benchmark: { kind: 'pool', method: 'median' } }]));
    expect([1, 2, 3].map((n) => scoreOf(e, n))).toEqual(['100.00', '50.00', '200.00']);
    // Add a fourth firm at 40/1 = 40: median of 5, 10, 20, 40 = 15; firm 1 → 100 × 10 / 15 = 66.67.
    const four = evaluate(
      [...pool, firm(4, { landOwnedMu: '1', taxWan: '40' })],
      schemeOf([{ id: 'taxPerMu', weight: 100, benchmark: { kind: 'pool', method: 'median' } }]),
    );
    expect(four.benchmarks[0]!.value).toBe('15');
    expect(scoreOf(four, 1)).toBe('66.67');
  });

  it('k × aggregate: 2 × 13.333 = 26.667 halves every score', () => {
    const e = evaluate(pool, schemeOf([{ id: 'taxPerMu', weight: 100, benchmark: { kind: 'pool', method: 'aggregate', multiple: 2 } }]));
    expect([1, 2, 3].map((n) => scoreOf(e, n))).toEqual(['37.50', '18.75', '75.00']);
    expect(e.benchmarks[0]).toMatchObject({ method: '2 × aggregate', numerator: '1600', denominator: '60' });
  });

  it('huaian-2024: a firm exactly at the pool aggregate on every indicator scores 50', () => {
    // taxPerMu / salesPerMu / taxPerEnergy: firm 1 = 10 / 100 / 2, firm 2 = 5 / 50 / 1, firm 3 = 15 / 150 / 3.
    // Aggregates: 300/30 = 10, 3000/30 = 100, 300/150 = 2; benchmarks twice that: 20, 200, 4.
    // Firm 1: 45 × 10/20 + 35 × 100/200 + 20 × 2/4 = 22.5 + 17.5 + 10 = 50.
    // Firm 2: 11.25 + 8.75 + 5 = 25. Firm 3: 33.75 + 26.25 + 15 = 75.
    const e = evaluate(
      [
        firm(1, { landOwnedMu: '10', taxWan: '100', salesWan: '1000', energyTce: '50' }),
        firm(2, { landOwnedMu: '10', taxWan: '50', salesWan: '500', energyTce: '50', scale: 'below' }),
        firm(3, { landOwnedMu: '10', taxWan: '150', salesWan: '1500', energyTce: '50' }),
      ],
      getPreset('huaian-2024'),
    );
    const totals = Object.fromEntries(e.results.map((r) => [r.creditCode.slice(-2), r.total]));
    expect(totals).toEqual({ '01': '50.00', '02': '25.00', '03': '75.00' });
    expect(e.results.map((r) => r.group)).toEqual(['all', 'all', 'all']);
    expect(e.benchmarks.map((b) => b.value)).toEqual(['20', '200', '4']);
  });

  it('industry benchmarks: the longest matching prefix, fixed or from the industry’s firms; others use the whole pool', () => {
    // C33 fixed 20; C34 = aggregate of C34 firms; otherwise = aggregate of the whole pool.
    // Firm 1 "3311" (→ C3311) 100/10 = 10 → 100 × 10 / 20 = 50.
    // Firms 2 "C3411" 300/10 = 30 and 3 "C3420" 100/10 = 10: C34 aggregate 400/20 = 20 → 150 and 50.
    // Firm 4 "C2611" 100/20 = 5: whole-pool aggregate (100+300+100+100)/(10+10+10+20) = 12 → 41.666… → 41.67.
    const e = evaluate(
      [
        firm(1, { landOwnedMu: '10', taxWan: '100', industryCode: '3311' }),
        firm(2, { landOwnedMu: '10', taxWan: '300', industryCode: 'C3411' }),
        firm(3, { landOwnedMu: '10', taxWan: '100', industryCode: 'C3420' }),
        firm(4, { landOwnedMu: '20', taxWan: '100', industryCode: 'C2611' }),
      ],
      schemeOf([
        {
          id: 'taxPerMu',
          weight: 100,
          benchmark: { kind: 'byIndustry', industries: { C33: { kind: 'fixed', value: 20 }, C34: { kind: 'pool' } } },
        },
      ]),
    );
    expect([1, 2, 3, 4].map((n) => scoreOf(e, n))).toEqual(['50.00', '150.00', '50.00', '41.67']);
    expect(e.benchmarks.map((b) => [b.industry, b.value, b.method])).toEqual([
      [null, '12', 'aggregate'],
      ['C33', '20', 'fixed'],
      ['C34', '20', 'aggregate'],
    ]);
  });

  it('a pool with no observed value has no benchmark; a benchmark ≤ 0 scores 0, never Infinity', () => {
    const e = evaluate([firm(1, { landOwnedMu: '10', taxWan: '0' }), firm(2, { landOwnedMu: '10' })], schemeOf([{ id: 'taxPerMu', weight: 100 }]));
    expect(e.results.map((r) => r.total)).toEqual(['0.00', '0.00']);
    const none = evaluate([firm(1, { landOwnedMu: '10' })], schemeOf([{ id: 'taxPerMu', weight: 100 }]));
    expect(none.benchmarks[0]).toMatchObject({ value: '0', observed: 0 });
    expect(none.results[0]!.indicators[0]).toMatchObject({ value: null, benchmark: null, score: '0.00', imputed: true });
  });

  it('benchmarks are per pool: group × county, or per group when poolByCounty is off', () => {
    // County 甲: 100/10 = 10 and 300/10 = 30 → aggregate 20 → 50 and 150.
    // County 乙: 100/10 = 10 alone → aggregate 10 → 100.  One pool: 500/30 = 16.667 → 60, 180, 60.
    const records = [
      firm(1, { landOwnedMu: '10', taxWan: '100', county: '甲区' }),
      firm(2, { landOwnedMu: '10', taxWan: '300', county: '甲区' }),
      firm(3, { landOwnedMu: '10', taxWan: '100', county: '乙县' }),
    ];
    const byCounty = evaluate(records, schemeOf([{ id: 'taxPerMu', weight: 100 }]));
    expect([1, 2, 3].map((n) => scoreOf(byCounty, n))).toEqual(['50.00', '150.00', '100.00']);
    expect(byCounty.pools.map((p) => [p.pool, p.county, p.size])).toEqual([
      ['above-scale/乙县', '乙县', 1],
      ['above-scale/甲区', '甲区', 2],
    ]);
    const whole = evaluate(records, parseScheme({ ...schemeOf([{ id: 'taxPerMu', weight: 100 }]), classes: { poolByCounty: false } }));
    expect([1, 2, 3].map((n) => scoreOf(whole, n))).toEqual(['60.00', '180.00', '60.00']);
    expect(whole.pools.map((p) => [p.pool, p.size])).toEqual([['above-scale', 3]]);
  });
});
