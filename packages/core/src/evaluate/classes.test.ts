import { describe, expect, it } from 'vitest';
import { getPreset } from '../presets/getPreset.js';
import type { EnterpriseRecord } from '../schema/record.js';
import { Classes, type Scheme, type SchemeInput } from '../schema/scheme.js';
import { evaluate } from './evaluate.js';
import { quotaCounts } from './quotaCounts.js';
import { parseScheme } from '../schema/parseScheme.js';
import { aboveScaleScheme } from '../test/onePool.js';

const classesWith = (counting: 'round' | 'floor' | 'ceil' | 'literal') => Classes.parse({ smallPool: { counting } });

describe('quotaCounts: the small-pool rule, A 0.2 / B 0.6 / C 0.95 / D 1', () => {
  // c_k = round-half-up(share × n): n = 1: .2→0 .6→1 .95→1; n = 2: .4→0 1.2→1 1.9→2; n = 3: .6→1 1.8→2 2.85→3;
  // n = 4: .8→1 2.4→2 3.8→4; n = 5: 1 3 4.75→5; n = 6: 1.2→1 3.6→4 5.7→6; n = 7: 1.4→1 4.2→4 6.65→7;
  // n = 8: 1.6→2 4.8→5 7.6→8; n = 9: 1.8→2 5.4→5 8.55→9; n = 10: 2 6 9.5→10.
  const round = [
    [0, 1, 1, 1],
    [0, 1, 2, 2],
    [1, 2, 3, 3],
    [1, 2, 4, 4],
    [1, 3, 5, 5],
    [1, 4, 6, 6],
    [1, 4, 7, 7],
    [2, 5, 8, 8],
    [2, 5, 9, 9],
    [2, 6, 10, 10],
  ];
  // Literal (= floor): rank r goes to the first class with cumulative share ≥ r/n.
  // n = 1: ⌊.2⌋ ⌊.6⌋ ⌊.95⌋ = 0 0 0 → the only firm is D. n = 3: ⌊.6⌋ ⌊1.8⌋ ⌊2.85⌋ = 0 1 2.
  // n = 4: 0 2 3; n = 5: 1 3 4; n = 6: 1 3 5; n = 7: 1 4 6; n = 8: 1 4 7; n = 9: 1 5 8; n = 10: 2 6 9.
  const literal = [
    [0, 0, 0, 1],
    [0, 1, 1, 2],
    [0, 1, 2, 3],
    [0, 2, 3, 4],
    [1, 3, 4, 5],
    [1, 3, 5, 6],
    [1, 4, 6, 7],
    [1, 4, 7, 8],
    [1, 5, 8, 9],
    [2, 6, 9, 10],
  ];
  it.each(round.map((c, i) => [i + 1, c] as const))('round, n = %i → %j', (n, counts) => {
    expect(quotaCounts(n, classesWith('round'))).toEqual(counts);
  });
  it.each(literal.map((c, i) => [i + 1, c] as const))('literal and floor, n = %i → %j', (n, counts) => {
    expect(quotaCounts(n, classesWith('literal'))).toEqual(counts);
    expect(quotaCounts(n, classesWith('floor'))).toEqual(counts);
  });
  it('literal agrees with “first class whose cumulative share ≥ r/n” for every rank up to n = 40', () => {
    const shares = [0.2, 0.6, 0.95, 1];
    for (let n = 1; n <= 40; n++) {
      const counts = quotaCounts(n, classesWith('literal'));
      for (let r = 1; r <= n; r++) {
        // r/n ≤ s ⇔ r ≤ s·n; compare in integers (hundredths) to stay exact.
        const literalClass = shares.findIndex((s) => r * 100 <= Math.round(s * 100) * n);
        expect(counts.findIndex((c) => r <= c)).toBe(literalClass);
      }
    }
  });
  it('ceil: n = 1 → everyone A; n = 10 → 2, 6, 10, 10', () => {
    expect(quotaCounts(1, classesWith('ceil'))).toEqual([1, 1, 1, 1]);
    expect(quotaCounts(2, classesWith('ceil'))).toEqual([1, 2, 2, 2]);
    expect(quotaCounts(10, classesWith('ceil'))).toEqual([2, 6, 10, 10]);
  });
});

const firm = (code: string, tax: string, sales = '1000', fields: Partial<EnterpriseRecord> = {}): EnterpriseRecord => ({
  creditCode: code,
  name: code,
  scale: 'above',
  landOwnedMu: '10',
  taxWan: tax,
  salesWan: sales,
  ...fields,
});
// taxPerMu 50 (B 10) + salesPerMu 50 (B 100), both fixed.
const scheme = (classes: SchemeInput['classes']): Scheme =>
  aboveScaleScheme(
    'class-test',
    {
      indicators: [
        { id: 'taxPerMu', weight: 50, benchmark: { kind: 'fixed', value: 10 } },
        { id: 'salesPerMu', weight: 50, benchmark: { kind: 'fixed', value: 100 } },
      ],
    },
    classes === undefined ? {} : { classes },
  );
const placed = (records: EnterpriseRecord[], classes: SchemeInput['classes']) =>
  evaluate(records, scheme(classes)).results.map((r) => `${r.creditCode}:${r.rank}${r.class}`);

describe('classes per pool', () => {
  it('changzhou-wujin: ten firms, literal quota → 2 A, 4 B, 3 C, 1 D; four firms → all B (pools under 5)', () => {
    const ten = Array.from({ length: 10 }, (_, i) => firm(`91320400000000${String(10 + i)}X1`, String(100 + 10 * i)));
    // taxPerMu 10 … 19, ranked by tax: firms 19 and 18 A; 17–14 B; 13–11 C; 10 D.
    const e = evaluate(ten, getPreset('changzhou-wujin'));
    expect(e.results.map((r) => r.class).join('')).toBe('AABBBBCCCD');
    expect(e.pools[0]).toMatchObject({ size: 10, counts: { A: 2, B: 4, C: 3, D: 1 } });
    const four = evaluate(ten.slice(0, 4), getPreset('changzhou-wujin'));
    expect(four.results.map((r) => r.class).join('')).toBe('BBBB');
  });

  it('equal shown totals: higher taxPerMu first, then credit code ascending', () => {
    // X: 10/100 → 50 + 50 = 100; Y: 12/80 → 60 + 40 = 100; A: like X with a smaller code; W: 9/90 → 90.
    // Order Y (taxPerMu 12), A (code A < X), X, W. n = 4, round → counts 1, 2, 4: A, B, C, C.
    const records = [firm('X', '100', '1000'), firm('Y', '120', '800'), firm('W', '90', '900'), firm('A', '100', '1000')];
    expect(placed(records, { tieBreak: 'taxPerMu-then-code', smallPool: { counting: 'round' } })).toEqual(['Y:1A', 'A:2B', 'X:3C', 'W:4C']);
    // Same in any input order.
    expect(placed([...records].reverse(), { smallPool: { counting: 'round' } })).toEqual(['Y:1A', 'A:2B', 'X:3C', 'W:4C']);
  });

  it("tieBreak 'shared': tied firms share the rank and the better class", () => {
    // n = 4, round: A 1, B 2, C 4. Ranks by total: Y, A, X all 100 → rank 1, class A; W rank 4.
    const records = [firm('X', '100', '1000'), firm('Y', '120', '800'), firm('W', '90', '900'), firm('A', '100', '1000')];
    expect(placed(records, { tieBreak: 'shared', smallPool: { counting: 'round' } })).toEqual(['A:1A', 'X:1A', 'Y:1A', 'W:4C']);
  });

  it('threshold and hybrid (score bands capped by quota)', () => {
    const tiers = [
      { id: 'A' as const, name: 'A', nameEn: 'A', minTotal: 80, cumulativeShare: 0.2 },
      { id: 'B' as const, name: 'B', nameEn: 'B', minTotal: 60, cumulativeShare: 0.6 },
      { id: 'C' as const, name: 'C', nameEn: 'C', minTotal: 40, cumulativeShare: 0.95 },
      { id: 'D' as const, name: 'D', nameEn: 'D', cumulativeShare: 1 },
    ];
    // Totals (tax only, sales 0): 95, 90, 85, 50, 30.
    const five = ['190', '180', '170', '100', '60'].map((t, i) => firm(`F${i + 1}`, t, '0'));
    // Threshold: A A A C D. Quota (literal, n = 5 → 1, 3, 4, 5): A B B C D. Hybrid = worse of the two: A B B C D.
    expect(placed(five, { mode: 'threshold', tiers })).toEqual(['F1:1A', 'F2:2A', 'F3:3A', 'F4:4C', 'F5:5D']);
    expect(placed(five, { mode: 'hybrid', tiers, smallPool: { counting: 'literal' } })).toEqual(['F1:1A', 'F2:2B', 'F3:3B', 'F4:4C', 'F5:5D']);
    // Totals 95, 70, 65, 62, 61: threshold A B B B B; hybrid caps B at 3 firms: A B B C D.
    const crowded = ['190', '140', '130', '124', '122'].map((t, i) => firm(`G${i + 1}`, t, '0'));
    expect(placed(crowded, { mode: 'threshold', tiers })).toEqual(['G1:1A', 'G2:2B', 'G3:3B', 'G4:4B', 'G5:5B']);
    expect(placed(crowded, { mode: 'hybrid', tiers, smallPool: { counting: 'literal' } })).toEqual(['G1:1A', 'G2:2B', 'G3:3B', 'G4:4C', 'G5:5D']);
  });

  it('small pools below minPoolSize get the fallback class, and vetoes still apply', () => {
    const classes = { smallPool: { counting: 'literal' as const, minPoolSize: 3, fallbackClass: 'C' as const } };
    const two = [firm('P', '100'), firm('Q', '50', '1000', { violations: ['safety-accident'] })];
    const s = parseScheme({ ...scheme(classes), adjustments: { vetoes: [{ flag: 'safety-accident', effect: 'forceD' as const }] } });
    expect(evaluate(two, s).results.map((r) => [r.creditCode, r.class, r.classBeforeVeto])).toEqual([
      ['P', 'C', undefined],
      ['Q', 'D', 'C'],
    ]);
  });
});
