import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import { parseScheme, type EnterpriseRecord, type Scheme } from '@mujun/core';
import { getPolicyPreset } from '../presets/presets.js';
import { arbRecords as coreRecords, arbScheme as coreScheme } from '@mujun/core/arbitraries';
import { arbRecords, arbScheme } from '../test/arbRecords.js';
import { simulate } from './simulate.js';

/** One pool, taxPerMu and salesPerMu against the pool aggregate, no cap; default quotas 20/60/95 %. */
const scheme = (taxWeight: number, salesWeight: number, aShare = 0.2): Scheme =>
  parseScheme({
    id: `tax-${taxWeight}`,
    name: '示例',
    nameEn: 'example',
    groups: [
      {
        id: 'above-scale',
        name: '规上',
        nameEn: 'above scale',
        membership: { scale: 'above' },
        indicators: [
          { id: 'taxPerMu', weight: taxWeight },
          { id: 'salesPerMu', weight: salesWeight },
        ],
      },
    ],
    classes: {
      tiers: [
        { id: 'A', name: 'A', nameEn: 'A', cumulativeShare: aShare },
        { id: 'B', name: 'B', nameEn: 'B', cumulativeShare: 0.6 },
        { id: 'C', name: 'C', nameEn: 'C', cumulativeShare: 0.95 },
        { id: 'D', name: 'D', nameEn: 'D', cumulativeShare: 1 },
      ],
    },
  });

const firm = (code: string, tax: string, sales: string): EnterpriseRecord => ({
  creditCode: code,
  name: code,
  scale: 'above',
  industryCode: 'C3311',
  landOwnedMu: '10',
  taxWan: tax,
  salesWan: sales,
});

// 10 亩 each. Σ tax 250, Σ sales 2 000, Σ land 50 → benchmarks taxPerMu 5, salesPerMu 40.
// Per mu: F1 10 / 20, F2 6 / 80, F3 4 / 50, F4 3 / 30, F5 2 / 20.
const records = [firm('F1', '100', '200'), firm('F2', '60', '800'), firm('F3', '40', '500'), firm('F4', '30', '300'), firm('F5', '20', '200')];
const landTax = getPolicyPreset('zhejiang-2019-land-tax');

describe('simulate (hand-computed)', () => {
  // Baseline 50/50: score = 10 × taxPerMu + 1.25 × salesPerMu →
  //   F1 100 + 25 = 125, F2 60 + 100 = 160, F3 40 + 62.5 = 102.5, F4 30 + 37.5 = 67.5, F5 20 + 25 = 45.
  //   Quotas for n = 5 (round half-up): A 1, B up to 3, C up to 5 (4.75 → 5) → A F2; B F1 F3; C F4 F5.
  // Scenario 80/20: score = 16 × taxPerMu + 0.5 × salesPerMu →
  //   F1 160 + 10 = 170, F2 96 + 40 = 136, F3 64 + 25 = 89, F4 48 + 15 = 63, F5 32 + 10 = 42 →
  //   A F1; B F2 F3; C F4 F5.
  // Land tax: 10 亩 = 6 666.66… m². Rate 2 元/m²: tax 13 333.33…; A 100 % → 13 333.33, B 80 % → 10 666.67.
  //   Rate 3 元/m²: tax 20 000; A → 20 000.00, B → 16 000.00.
  const out = simulate(
    records,
    { scheme: scheme(50, 50), catalog: landTax, settings: { 'land-use-tax-rate': '2' } },
    { scheme: scheme(80, 20), catalog: landTax, settings: { 'land-use-tax-rate': '3' } },
  );

  it('gives the migration matrix', () => {
    expect(out.migration.rows).toEqual(['A', 'B', 'C', 'D', 'excluded', 'new']);
    expect(out.migration.matrix).toMatchObject({
      A: { A: 0, B: 1, C: 0, D: 0 },
      B: { A: 1, B: 1, C: 0, D: 0 },
      C: { A: 0, B: 0, C: 2, D: 0 },
      D: { A: 0, B: 0, C: 0, D: 0 },
    });
    expect(out.migration.moved.map(({ creditCode, from, to }) => ({ creditCode, from, to }))).toEqual([
      { creditCode: 'F1', from: 'B', to: 'A' },
      { creditCode: 'F2', from: 'A', to: 'B' },
    ]);
  });

  it('gives the fiscal delta', () => {
    // Baseline relief 13 333.33 + 10 666.67 + 10 666.67 = 34 666.67; scenario 20 000 + 16 000 + 16 000 = 52 000.00.
    expect(out.fiscal.baseline.reliefForgone).toBe('34666.67');
    expect(out.fiscal.scenario.reliefForgone).toBe('52000.00');
    expect(out.fiscal.delta).toEqual({ surchargeRevenue: '0.00', reliefForgone: '17333.33', net: '-17333.33' });
    expect(out.fiscal.byClass['A']?.delta.reliefForgone).toBe('6666.67'); // 20 000.00 − 13 333.33
  });

  it('names what changed in the scheme and the catalog', () => {
    expect(out.schemeChanges.map((c) => c.kind === 'weight' && [c.indicator, c.from, c.to])).toEqual([
      ['taxPerMu', 50, 80],
      ['salesPerMu', 50, 20],
    ]);
    expect(out.catalogChanges.map((c) => [c.kind, c.id])).toEqual([['setting-changed', 'land-use-tax-rate']]);
  });

  it('lists every firm whose class or money changes, with the reasons', () => {
    expect(out.changes.map((c) => c.creditCode)).toEqual(['F1', 'F2', 'F3']);
    const [f1, f2, f3] = out.changes;
    // F1: taxPerMu (80 − 50) × 100/50 = +60; salesPerMu (20 − 50) × 25/50 = −15; 125 → 170.
    expect(f1).toMatchObject({
      classBefore: 'B',
      classAfter: 'A',
      totalBefore: '125.00',
      totalAfter: '170.00',
      reliefBefore: '10666.67',
      reliefAfter: '20000.00',
      netDelta: '-9333.33',
    });
    expect(
      f1?.reasons.map((r) => [
        r.kind,
        'indicator' in r ? r.indicator : 'measureId' in r ? r.measureId : '',
        'scoreDelta' in r ? r.scoreDelta : 'cause' in r ? r.cause : '',
      ]),
    ).toEqual([
      ['weight', 'taxPerMu', '60'],
      ['weight', 'salesPerMu', '-15'],
      ['policy', 'land-tax-relief-a', 'class'],
      ['policy', 'land-tax-relief-b', 'class'],
    ]);
    // F2: taxPerMu 30 × 60/50 = +36; salesPerMu −30 × 100/50 = −60; 160 → 136.
    expect(f2?.reasons.filter((r) => r.kind === 'weight').map((r) => 'scoreDelta' in r && r.scoreDelta)).toEqual(['36', '-60']);
    expect(f2).toMatchObject({ classBefore: 'A', classAfter: 'B', reliefBefore: '13333.33', reliefAfter: '16000.00' });
    // F3 stays B; its relief changes because the catalog's rate changed: 10 666.67 → 16 000.00.
    expect(f3).toMatchObject({ classBefore: 'B', classAfter: 'B', netDelta: '-5333.33' });
    expect(f3?.reasons.find((r) => r.kind === 'policy')).toMatchObject({ measureId: 'land-tax-relief-b', cause: 'catalog', from: '10666.67', to: '16000.00' });
  });

  it('attributes a move to a benchmark change', () => {
    // Scenario: taxPerMu against a fixed benchmark 2 instead of the pool aggregate 5: 25 × taxPerMu →
    //   F1 250 + 25 = 275, F2 150 + 100 = 250, F3 100 + 62.5 = 162.5, F4 75 + 37.5 = 112.5, F5 50 + 25 = 75.
    //   A F1; B F2 F3; C F4 F5. F1: taxPerMu 100 → 250 (+150); F2: 60 → 150 (+90).
    const base = scheme(50, 50);
    const fixed = parseScheme({
      ...base,
      groups: base.groups.map((g) => ({
        ...g,
        indicators: g.indicators.map((i) => (i.id === 'taxPerMu' ? { ...i, benchmark: { kind: 'fixed' as const, value: 2 } } : i)),
      })),
    });
    const b = simulate(records, { scheme: base }, { scheme: fixed });
    expect(b.schemeChanges).toEqual([expect.objectContaining({ kind: 'indicator-rule', indicator: 'taxPerMu', what: ['benchmark'] })]);
    expect(b.migration.moved.map((m) => `${m.creditCode}:${m.from}→${m.to}`)).toEqual(['F1:B→A', 'F2:A→B']);
    expect(b.changes.map((c) => c.reasons)).toEqual([
      [expect.objectContaining({ kind: 'benchmark', indicator: 'taxPerMu', from: '5', to: '2', scoreDelta: '150' })],
      [expect.objectContaining({ kind: 'benchmark', indicator: 'taxPerMu', from: '5', to: '2', scoreDelta: '90' })],
    ]);
  });

  it('attributes a move to the class rule when only the quota changed', () => {
    // A share 0.4 → 2 firms in A (0.4 × 5 = 2): F1 (125) joins F2; its total is unchanged.
    const q = simulate(records, { scheme: scheme(50, 50) }, { scheme: scheme(50, 50, 0.4) });
    expect(q.migration.moved.map((m) => `${m.creditCode}:${m.from}→${m.to}`)).toEqual(['F1:B→A']);
    expect(q.changes).toHaveLength(1);
    expect(q.changes[0]?.reasons.map((r) => r.kind)).toEqual(['class-rule']);
    expect(q.schemeChanges.map((c) => c.kind)).toEqual(['class-rule']);
  });
});

describe('simulate laws', () => {
  const catalog = fc
    .constantFrom(undefined, 'zhejiang-2019-land-tax', 'shandong-2022-electricity', 'nanjing-2018')
    .map((id) => (id === undefined ? undefined : getPolicyPreset(id)));

  test('a scenario identical to its baseline gives zero migration and zero delta', () =>
    fc.assert(
      fc.property(arbRecords(15), arbScheme, catalog, (recs, s, c) => {
        const side = { scheme: s, ...(c ? { catalog: c } : {}), settings: { 'd-electricity-surcharge': '0.2' } };
        const out = simulate(recs, side, side);
        expect(out.migration.moved).toEqual([]);
        expect(out.changes).toEqual([]);
        expect(out.fiscal.delta).toEqual({ surchargeRevenue: '0.00', reliefForgone: '0.00', net: '0.00' });
        expect(out.schemeChanges).toEqual([]);
        expect(out.catalogChanges).toEqual([]);
      }),
      { numRuns: 50 },
    ));

  test('simulation does not depend on the order of the records', () =>
    fc.assert(
      fc.property(arbRecords(15), arbScheme, arbScheme, fc.nat(), (recs, a, b, k) => {
        const shd = getPolicyPreset('shandong-2022-electricity');
        const rotated = [...recs.slice(k % recs.length), ...recs.slice(0, k % recs.length)].reverse();
        const x = simulate(recs, { scheme: a, catalog: shd }, { scheme: b, catalog: landTax });
        const y = simulate(rotated, { scheme: a, catalog: shd }, { scheme: b, catalog: landTax });
        expect(y.changes).toEqual(x.changes);
        expect(y.migration).toEqual(x.migration);
        expect(y.fiscal).toEqual(x.fiscal);
      }),
      { numRuns: 40 },
    ));

  test('every firm that moves is listed with a reason, and the matrix accounts for every firm', () => {
    let moved = 0;
    fc.assert(
      fc.property(coreRecords({ maxLength: 25 }), coreScheme(), coreScheme(), (recs, a, b) => {
        const out = simulate(recs, { scheme: a, catalog: landTax }, { scheme: b, catalog: landTax });
        const listed = new Map(out.changes.map((c) => [c.creditCode, c]));
        for (const m of out.migration.moved) expect(listed.has(m.creditCode), m.creditCode).toBe(true);
        for (const c of out.changes) expect(c.reasons.length, c.creditCode).toBeGreaterThan(0);
        const total = Object.values(out.migration.matrix).reduce((n, row) => n + Object.values(row).reduce((x, y) => x + y, 0), 0);
        expect(total).toBe(out.migration.counts.firms);
        moved += out.migration.moved.length;
      }),
      { numRuns: 100 },
    );
    // The law is about firms that move: 263–404 moved over 70 seeds (mean 340, sd 27).
    expect(moved).toBeGreaterThan(150);
  });
});
