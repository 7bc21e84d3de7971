import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import { parseScheme, type EnterpriseRecord } from '@mujun/core';
import { arbRecords as coreRecords, arbScheme as coreScheme } from '@mujun/core/arbitraries';
import { arbRecords, arbScheme } from '../test/arbRecords.js';
import { mulberry32 } from './prng.js';
import { sensitivity } from './sensitivity.js';

const RUNS = { numRuns: 60 };

describe('sensitivity laws', () => {
  test('with zero noise every firm is in its evaluated class with probability 1', () =>
    fc.assert(
      fc.property(arbRecords(), arbScheme, fc.integer(), (records, scheme, seed) => {
        const out = sensitivity(records, scheme, { draws: 3, seed, weightNoise: 0 });
        for (const f of out.perFirm) {
          expect(f.probabilities[f.evaluatedClass], `${f.creditCode} ${JSON.stringify(f.probabilities)}`).toBe(1);
          expect(Object.values(f.probabilities).every((p) => p === 0 || p === 1)).toBe(true);
          expect(f.unstable).toBe(false);
        }
      }),
      RUNS,
    ));

  test('zero noise reproduces the evaluated class for any scheme of @mujun/core/arbitraries', () =>
    fc.assert(
      fc.property(coreRecords({ maxLength: 30 }), coreScheme(), fc.integer(), (records, scheme, seed) => {
        for (const f of sensitivity(records, scheme, { draws: 2, seed, weightNoise: 0 }).perFirm) {
          expect(f.probabilities[f.evaluatedClass], f.creditCode).toBe(1);
        }
      }),
      RUNS,
    ));

  test('deterministic for a seed and independent of input order', () =>
    fc.assert(
      fc.property(arbRecords(), arbScheme, fc.integer(), fc.nat(), (records, scheme, seed, k) => {
        const options = { draws: 20, seed, weightNoise: 0.3, benchmarkNoise: 0.1, dataError: 0.05, reportDraws: true };
        const a = sensitivity(records, scheme, options);
        const rotated = [...records.slice(k % records.length), ...records.slice(0, k % records.length)].reverse();
        const b = sensitivity(rotated, scheme, options);
        const byCode = (r: typeof a) => Object.fromEntries(r.perFirm.map((f) => [f.creditCode, f]));
        expect(byCode(b)).toEqual(byCode(a));
        expect(b.draws).toEqual(a.draws);
        expect(b.unstable).toEqual(a.unstable);
      }),
      RUNS,
    ));

  test('probabilities of each firm add up to 1', () =>
    fc.assert(
      fc.property(arbRecords(), arbScheme, fc.integer(), (records, scheme, seed) => {
        for (const f of sensitivity(records, scheme, { draws: 7, seed, weightNoise: 0.5 }).perFirm) {
          expect(Object.values(f.counts).reduce((s, c) => s + (c ?? 0), 0)).toBe(7);
        }
      }),
      RUNS,
    ));
});

describe('sensitivity (hand-built district)', () => {
  // One pool of 5 above-scale firms scored on taxPerMu 50 / salesPerMu 50, ratio to the pool
  // aggregate, no cap; classes by threshold: A ≥ 120, B ≥ 90, C ≥ 60, D below.
  const scheme = parseScheme({
    id: 'two-indicators',
    name: '两指标',
    nameEn: 'two indicators',
    scope: { minYearsInProduction: 0, exemptIndustries: [], exemptFlags: [] },
    groups: [
      {
        id: 'above-scale',
        name: '规上',
        nameEn: 'above scale',
        membership: { scale: 'above' },
        indicators: [
          { id: 'taxPerMu', weight: 50 },
          { id: 'salesPerMu', weight: 50 },
        ],
      },
    ],
    classes: {
      mode: 'threshold',
      tiers: [
        { id: 'A', name: 'A', nameEn: 'A', minTotal: 120 },
        { id: 'B', name: 'B', nameEn: 'B', minTotal: 90 },
        { id: 'C', name: 'C', nameEn: 'C', minTotal: 60 },
        { id: 'D', name: 'D', nameEn: 'D' },
      ],
    },
  });
  const firm = (code: string, tax: string, sales: string): EnterpriseRecord => ({
    creditCode: code,
    name: code,
    scale: 'above',
    landOwnedMu: '10',
    taxWan: tax,
    salesWan: sales,
  });
  // Σ tax = 500, Σ sales = 5 000 over 50 亩 → benchmarks 10 and 100 万元/亩.
  // STAR: 50 × 30/10 + 50 × 300/100 = 150 + 150 = 300 → A whatever the weights (≥ 120 needs only ±60 %).
  // TAXY: 50 × 12/10 + 50 × 60/100 = 60 + 30 = 90 → exactly on the B line: any draw that moves
  //   weight from tax to sales drops it to C; the other way keeps B. Unstable.
  // EVEN: 50 × 5/10 + 50 × 50/100 = 25 + 25 = 50 → D, and a weight shift moves both scores
  //   alike (equal ratios 0.5), so the total stays 50 under renormalised weights. Stable.
  const records = [firm('STAR', '300', '3000'), firm('TAXY', '120', '600'), firm('EVEN', '50', '500'), firm('LOW1', '15', '450'), firm('LOW2', '15', '450')];

  it('finds the firm on a class line unstable and the others stable', () => {
    const out = sensitivity(records, scheme, { draws: 400, seed: 7, weightNoise: 0.1 });
    const by = Object.fromEntries(out.perFirm.map((f) => [f.creditCode, f]));
    expect(by['STAR']?.evaluatedClass).toBe('A');
    expect(by['STAR']?.probabilities.A).toBe(1);
    expect(by['TAXY']?.evaluatedClass).toBe('B');
    // About half the draws move weight towards sales; the share is random but far from 0 or 1.
    expect(by['TAXY']?.probabilities.B).toBeGreaterThan(0.3);
    expect(by['TAXY']?.probabilities.C).toBeGreaterThan(0.3);
    expect(by['EVEN']?.probabilities.D).toBe(1);
    expect(out.unstable).toContain('TAXY');
    expect(out.unstable).not.toContain('STAR');
    expect(out.unstable).not.toContain('EVEN');
  });

  it("reports every draw's weights, which keep the group total of 100", () => {
    const out = sensitivity(records, scheme, { draws: 5, seed: 'report', weightNoise: 0.2, reportDraws: true });
    expect(out.draws).toHaveLength(5);
    for (const d of out.draws ?? []) {
      const w = d.weights['above-scale'] ?? {};
      const total = Number(w['taxPerMu']) + Number(w['salesPerMu']);
      expect(Math.abs(total - 100)).toBeLessThan(1e-6); // factors are rounded to 9 decimals
      expect(Number(w['taxPerMu'])).toBeGreaterThan(50 * 0.8 * (100 / 120) - 1e-9);
    }
  });

  it('recomputes in exact decimals a total that sits on a rounding boundary', () => {
    // Two more 10-亩 firms: HALF (tax 25, sales 300) and PAIR (tax 35, sales 300). Σ tax 560,
    // Σ sales 5 600 over 70 亩 → benchmarks 8 and 80. HALF: 50 × 2.5/8 + 50 × 30/80 =
    // 15.625 + 18.75 = 34.375 → 34.38 (half-up, exactly on the boundary); PAIR: 21.875 + 18.75 =
    // 40.625 → 40.63. Both totals are exact binary fractions, so the float lands on the boundary.
    const out = sensitivity([...records, firm('HALF', '25', '300'), firm('PAIR', '35', '300')], scheme, { draws: 3, seed: 1, weightNoise: 0 });
    const total = (code: string) => out.evaluation.results.find((r) => r.creditCode === code)?.total;
    expect([total('HALF'), total('PAIR')]).toEqual(['34.38', '40.63']);
    expect(out.exactFallbacks).toBe(6); // 2 firms × 3 draws
    for (const f of out.perFirm) expect(f.probabilities[f.evaluatedClass]).toBe(1);
  });

  it('rejects out-of-range options with a code', () => {
    expect(() => sensitivity(records, scheme, { draws: 0, seed: 1 })).toThrow(expect.objectContaining({ code: 'invalid-options' }));
    expect(() => sensitivity(records, scheme, { draws: 1, seed: 1, weightNoise: 1 })).toThrow(expect.objectContaining({ code: 'invalid-options' }));
  });
});

describe('mulberry32', () => {
  it('is reproducible and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32('42').next()).not.toBe(mulberry32(42).next());
  });
});
